using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Vigil.Speech;
using Vigil.Speech.Classification;
using Vigil.Speech.Lexicons;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Cli;

/// <summary>`vigil speech train|evaluate|classify`: the hate-speech model, trained into the data directory.</summary>
public static class SpeechModelCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The shared speech data, when Vigil is run from a checkout beside it.</summary>
    public const string DefaultData = "../shared/data/speech";

    public static Command Create()
    {
        var command = new Command("speech", "Hate speech and incitement: train, evaluate and run the classifier");
        command.Subcommands.Add(Train());
        command.Subcommands.Add(Evaluate());
        command.Subcommands.Add(Classify());
        return command;
    }

    private static Command Train()
    {
        var data = new Option<DirectoryInfo?>("--data")
        {
            Description = $"Folder of datasets, each a folder with train.csv (id,text,label,lang[,incitement]); default {DefaultData} when it exists",
        };
        var datasets = new Option<string?>("--datasets")
        {
            Description = $"Comma-separated dataset folders to train on, or 'all' (default {string.Join(",", SpeechModelTrainer.DefaultDatasets)})",
        };
        var command = new Command("train", "Train the per-language models on the datasets' train.csv (never dev.csv) and save them in the data directory");
        command.Options.Add(data);
        command.Options.Add(datasets);
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(data)?.FullName ?? (Directory.Exists(DefaultData) ? Path.GetFullPath(DefaultData) : null);
            if (folder is null || !Directory.Exists(folder))
            {
                AnsiConsole.MarkupLine($"[red]error:[/] --data: {Markup.Escape(folder ?? DefaultData)} is not a folder of speech datasets.");
                return VigilCli.BadInput;
            }
            var chosen = parse.GetValue(datasets) is { } list
                ? list == "all" ? null : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : SpeechModelTrainer.DefaultDatasets;
            var path = await TrainAsync(folder, StoreOptions.Target(parse).DataDirectory, ct, chosen);
            Console.WriteLine($"Model saved to {path}");
            return VigilCli.Ok;
        });
        return command;
    }

    /// <summary>Trains from <paramref name="datasets"/> into <paramref name="dataDirectory"/> with a progress bar; the demo calls it too.</summary>
    public static async Task<string> TrainAsync(string datasets, string dataDirectory, CancellationToken cancellationToken, IReadOnlyCollection<string>? chosen = null)
    {
        IReadOnlyList<SpeechExample> examples;
        try
        {
            examples = SpeechModelTrainer.ReadTrainingSets(datasets, chosen);
        }
        catch (InvalidDataException ex)
        {
            throw new InputFileException(ex.Message);
        }
        if (examples.Count == 0)
        {
            throw new InputFileException($"{datasets}: no dataset folder with a train.csv.");
        }
        var watch = Stopwatch.StartNew();
        var model = await CliProgress.StepsAsync($"Training the speech model on {examples.Count} rows", SpeechModelTrainer.Steps(examples),
            progress => Task.Run(() => SpeechModelTrainer.Train(examples, TimeProvider.System, progress), cancellationToken));
        var path = SpeechModel.PathIn(dataDirectory);
        model.Save(path);
        Console.Error.WriteLine($"Trained {string.Join(", ", model.Languages.Keys.Order(StringComparer.Ordinal))} in {watch.Elapsed.TotalSeconds.ToString("0.0", Invariant)} s on {model.TrainedOn}");
        // The figure settings are chosen by (training rows only; dev is for `speech evaluate`).
        Console.Error.WriteLine("Out-of-fold macro-F1 on train: " + string.Join(", ", model.Languages.Values.OrderBy(m => m.Language, StringComparer.Ordinal)
            .Select(m => $"{m.Language} {m.CrossValidatedMacroF1.ToString("0.000", Invariant)}")));
        return path;
    }

    /// <summary>
    /// For `vigil demo`: trains the model into the data directory when it has none and the shared speech data is
    /// beside the checkout (about a minute on two cores), so `speech classify` works right after the demo.
    /// </summary>
    public static async Task EnsureDemoModelAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        if (File.Exists(SpeechModel.PathIn(dataDirectory)))
        {
            return;
        }
        if (!Directory.Exists(DefaultData))
        {
            Console.Error.WriteLine($"No speech model and no {DefaultData}: run `vigil speech train --data DIR` to enable the classifier.");
            return;
        }
        await TrainAsync(Path.GetFullPath(DefaultData), dataDirectory, cancellationToken, SpeechModelTrainer.DefaultDatasets);
    }

    private static Option<FileInfo> InOption(string description) => new("--in") { Description = description, Required = true };

    private static Command Evaluate()
    {
        var input = InOption("Labelled CSV: id,text,label[,lang][,incitement][,case_type] (e.g. a dataset's dev.csv)");
        var command = new Command("evaluate", "Score the model on a labelled CSV: macro-F1, F1 per class, calibration error, and accuracy per case type when the file has case_type");
        command.Options.Add(input);
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            var engine = await LoadEngineAsync(parse, ct);
            var examples = Read(() => SpeechCsv.ReadLabelled(file.FullName, Path.GetFileNameWithoutExtension(file.Name)), file);
            var verdicts = engine.Classify([.. examples.Select(e => new SpeechText(e.Text, e.Language))]);
            var metrics = SpeechMetrics.Of([.. examples.Select(e => e.Label)], verdicts);
            Console.WriteLine($"file: {file.FullName} ({metrics.Rows} rows); model trained {engine.Model.TrainedAtUtc.ToString("u", Invariant)}");
            Console.WriteLine($"macro-F1: {metrics.MacroF1.ToString("0.000", Invariant)}  accuracy: {metrics.Accuracy.ToString("0.000", Invariant)}  ECE: {metrics.ExpectedCalibrationError.ToString("0.000", Invariant)}");
            foreach (var label in Enum.GetValues<SpeechLabel>())
            {
                Console.WriteLine($"  F1 {Word(label),-9} {metrics.F1[label].ToString("0.000", Invariant)}  (support {metrics.Support[label]})");
            }
            Console.WriteLine($"hate or offensive vs normal: {Scores(metrics.Toxic)}");
            var flagged = Detection.Of([.. examples.Select(e => e.Label != SpeechLabel.Normal)], [.. verdicts.Select(DangerScore.IsFlagged)]);
            Console.WriteLine($"flagged for review (queue rule) vs hate or offensive: {Scores(flagged)}");
            var incitement = examples.Select((e, i) => (Gold: e.Incitement, Said: verdicts[i].Incitement)).Where(x => x.Gold is not null).ToList();
            if (incitement.Count > 0)
            {
                var scores = Detection.Of([.. incitement.Select(x => x.Gold == true)], [.. incitement.Select(x => x.Said)]);
                Console.WriteLine($"incitement F1: {scores.F1.ToString("0.000", Invariant)}  (labelled rows {incitement.Count}, positive {scores.Positives})");
            }
            var types = examples.Select((e, i) => (e.CaseType, Correct: e.Label == verdicts[i].Label && (e.Incitement is null || e.Incitement == verdicts[i].Incitement)))
                .Where(x => x.CaseType is not null).GroupBy(x => x.CaseType!).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (types.Count > 0)
            {
                Console.WriteLine("accuracy per case type (label, and the incitement flag where the case gives one):");
                foreach (var type in types)
                {
                    Console.WriteLine($"  {type.Key,-22} {((double)type.Count(x => x.Correct) / type.Count()).ToString("0.00", Invariant)}  ({type.Count(x => x.Correct)}/{type.Count()})");
                }
            }
            return VigilCli.Ok;
        });
        return command;
    }

    private static Command Classify()
    {
        var input = InOption("CSV of posts: id,text[,lang] (lang en, zh, am, my, or empty to detect)");
        var output = new Option<FileInfo>("--out") { Description = "CSV to write: id,label,p_hate,p_offensive,p_normal,incitement,lang, one row per input row in order", Required = true };
        var command = new Command("classify", "Classify every post of a CSV file");
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            var engine = await LoadEngineAsync(parse, ct);
            var rows = Read(() => SpeechCsv.ReadTexts(file.FullName), file);
            var verdicts = engine.Classify([.. rows.Select(r => new SpeechText(r.Text, r.Language))]);
            var csv = new StringBuilder("id,label,p_hate,p_offensive,p_normal,incitement,lang\n");
            for (var i = 0; i < rows.Count; i++)
            {
                var v = verdicts[i];
                csv.Append(CsvText.Cell(rows[i].Id)).Append(',').Append(Word(v.Label)).Append(',')
                    .Append(v.PHate.ToString("0.0000", Invariant)).Append(',')
                    .Append(v.POffensive.ToString("0.0000", Invariant)).Append(',')
                    .Append(v.PNormal.ToString("0.0000", Invariant)).Append(',')
                    .Append(v.Incitement ? '1' : '0').Append(',')
                    .Append(v.Language).Append('\n');
            }
            var target = parse.GetValue(output)!;
            await File.WriteAllTextAsync(target.FullName, csv.ToString(), new UTF8Encoding(false), ct);
            Console.Error.WriteLine($"Classified {rows.Count} posts into {target.FullName}: {verdicts.Count(v => v.Label == SpeechLabel.Hate)} hate, {verdicts.Count(v => v.Label == SpeechLabel.Offensive)} offensive, {verdicts.Count(v => v.Incitement)} incitement");
            return VigilCli.Ok;
        });
        return command;
    }

    /// <summary>The CSV word of a label: hate, offensive, normal.</summary>
    public static string Word(SpeechLabel label) => label.ToString().ToLowerInvariant();

    private static string Scores(Detection d) =>
        $"F1 {d.F1.ToString("0.000", Invariant)}  precision {d.Precision.ToString("0.000", Invariant)}  recall {d.Recall.ToString("0.000", Invariant)}  (positive {d.Positives})";

    private static IReadOnlyList<SpeechExample> Read(Func<IReadOnlyList<SpeechExample>> read, FileInfo file)
    {
        if (!file.Exists)
        {
            throw new InputFileException($"{file.FullName}: no such file.");
        }
        try
        {
            return read();
        }
        catch (InvalidDataException ex)
        {
            throw new InputFileException(ex.Message);
        }
    }

    private static Task<SpeechClassifierEngine> LoadEngineAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var path = SpeechModel.PathIn(StoreOptions.Target(parse).DataDirectory);
        SpeechModel? model;
        try
        {
            model = SpeechModel.Load(path);
        }
        catch (InvalidDataException ex)
        {
            throw new InputFileException(ex.Message);
        }
        if (model is null)
        {
            throw new InputFileException($"No speech model at {path}. Train one first: vigil speech train [--data {DefaultData}] (the demo trains it too).");
        }
        return Task.FromResult(new SpeechClassifierEngine(model, new LexiconMatcher(StarterLexicon.Terms)));
    }
}
