using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.Forecasting;

namespace Vigil.App.Cli;

/// <summary>`vigil forecast backtest|compare|run|check`: statistical risk forecasts on the EWP country-year table.</summary>
public static class ForecastCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Command Create()
    {
        var command = new Command("forecast", "Statistical forecasts of new mass killings (EWP country-year data)");
        command.Subcommands.Add(Backtest());
        command.Subcommands.Add(Compare());
        command.Subcommands.Add(Run());
        command.Subcommands.Add(Check());
        return command;
    }

    private static Option<string> DataOption() => new("--data")
    {
        Description = $"Country-year CSV: a path, or a URL downloaded once into the data directory (e.g. {ForecastDataSource.CanonicalUrl})",
        Required = true,
    };

    private static Option<string> ModelOption()
    {
        var model = new Option<string>("--model")
        {
            Description = $"Model: {string.Join(", ", ForecastModels.Names)} (default {ForecastModels.Default}, the best by FOOS; ewp is the EWP replica)",
            DefaultValueFactory = _ => ForecastModels.Default,
        };
        model.AcceptOnlyFromAmong([.. ForecastModels.Names]);
        return model;
    }

    private static Command Backtest()
    {
        var data = DataOption();
        var model = ModelOption();
        var output = new Option<FileInfo?>("--out") { Description = "CSV to write, one row per evaluated country-year" };
        var perYear = new Option<bool>("--per-year") { Description = "Also print the scores of each year" };
        var replicates = ReplicatesOption();
        var command = new Command("backtest", "FOOS backtest as the EWP runs it: refit for T = 1991…2021, forecast T+2, score 1994–2024");
        command.Options.Add(data);
        command.Options.Add(model);
        command.Options.Add(output);
        command.Options.Add(perYear);
        command.Options.Add(replicates);
        command.SetAction(async (parse, ct) =>
        {
            var table = await LoadAsync(parse, parse.GetValue(data)!, ct);
            var forecastModel = ForecastModels.Create(parse.GetValue(model)!);
            var refits = FoosBacktest.LastTrainingYear - FoosBacktest.FirstTrainingYear + 1;
            var result = await CliProgress.StepsAsync($"FOOS backtest of {forecastModel.Name} ({refits} refits)", refits,
                reporter => Task.Run(() => FoosBacktest.Run(table, forecastModel, reporter, cancellationToken: ct), ct));
            if (parse.GetValue(output) is { } file)
            {
                FoosFile.Write(file.FullName, result);
                AnsiConsole.MarkupLine($"Wrote {result.Rows.Count} country-years to {Markup.Escape(file.FullName)}");
            }
            PrintScores(result, parse.GetValue(perYear));
            PrintIntervals(YearBootstrap.Scores(result.Rows, parse.GetValue(replicates)));
            return VigilCli.Ok;
        });
        return command;
    }

    private static Option<int> ReplicatesOption()
    {
        var replicates = new Option<int>("--replicates")
        {
            Description = "Bootstrap draws of whole years for the 95 % intervals",
            DefaultValueFactory = _ => YearBootstrap.DefaultReplicates,
        };
        replicates.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 100 or > 100_000)
            {
                r.AddError("--replicates must be between 100 and 100000.");
            }
        });
        return replicates;
    }

    private static Command Compare()
    {
        var first = new Argument<FileInfo>("first") { Description = "Backtest CSV of the reference model (e.g. written by `forecast backtest --model ewp --out`, or the EWP's own FOOS file)" };
        var second = new Argument<FileInfo>("second") { Description = "Backtest CSV of the model compared with it" };
        var replicates = ReplicatesOption();
        var command = new Command("compare", "Compare two FOOS backtests on the same country-years: score differences with 95 % intervals and the onsets only one model caught");
        command.Arguments.Add(first);
        command.Arguments.Add(second);
        command.Options.Add(replicates);
        command.SetAction(parse =>
        {
            var a = parse.GetValue(first)!;
            var b = parse.GetValue(second)!;
            ModelComparison comparison;
            try
            {
                comparison = ModelComparison.Of(NameOf(a), FoosFile.Read(a.FullName), NameOf(b), FoosFile.Read(b.FullName), parse.GetValue(replicates));
            }
            catch (ArgumentException ex)
            {
                throw new InputFileException($"{a.FullName}, {b.FullName}: {ex.Message}");
            }
            PrintComparison(comparison);
            return VigilCli.Ok;
        });
        return command;
    }

    // Named by file (the EWP's own FOOS file has no model column).
    private static string NameOf(FileInfo file) => Path.GetFileNameWithoutExtension(file.Name);

    private static Command Run()
    {
        var data = DataOption();
        var model = ModelOption();
        var output = new Option<FileInfo?>("--out") { Description = "CSV to write: ccode, ewp_name, iso3, risk, rank and the explaining predictors" };
        var top = new Option<int>("--top") { Description = "Countries to print", DefaultValueFactory = _ => 30 };
        var asOf = new Option<int?>("--as-of")
        {
            Description = "Forecast as it would have been made from the data of this year (later rows and outcomes ignored), to fill in past runs; it raises no alerts",
        };
        var command = new Command("run", "Train on all years with known outcomes, forecast from the latest year, store the run");
        command.Options.Add(data);
        command.Options.Add(model);
        command.Options.Add(output);
        command.Options.Add(top);
        command.Options.Add(asOf);
        command.SetAction(async (parse, ct) =>
        {
            var table = await LoadAsync(parse, parse.GetValue(data)!, ct);
            if (parse.GetValue(asOf) is { } year)
            {
                if (year < table.FirstYear + 10 || year > table.LastYear)
                {
                    AnsiConsole.MarkupLine($"[red]error:[/] --as-of {year}: the table covers {table.FirstYear}–{table.LastYear}; choose a year from {table.FirstYear + 10} (ten years to learn from) to {table.LastYear}.");
                    return VigilCli.BadInput;
                }
                table = table.AsOf(year);
            }
            var forecastModel = ForecastModels.Create(parse.GetValue(model)!);
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var outcome = await CliProgress.StatusAsync($"Training {forecastModel.Name} on {table.FirstYear}–{table.LastYear} and forecasting from {table.LastYear}…",
                () => services.GetRequiredService<ForecastRunner>().RunAsync(table, forecastModel, ct));
            var run = outcome.Run;
            if (parse.GetValue(output) is { } file)
            {
                RunCsv.Write(file.FullName, run);
                AnsiConsole.MarkupLine($"Wrote {run.Entries.Count} forecasts to {Markup.Escape(file.FullName)}");
            }
            var shown = new Table().AddColumns("Rank", "Country", "ISO3", "Risk", "Pushing risk up", "Pushing risk down");
            foreach (var entry in run.Entries.OrderBy(e => e.Rank).Take(parse.GetValue(top)))
            {
                shown.AddRow(entry.Rank.ToString(Invariant), Markup.Escape(entry.EwpName), entry.Iso3 ?? "", entry.Risk.ToString("P1", Invariant),
                    Markup.Escape(RunCsv.Drivers(entry.RaisingRisk)), Markup.Escape(RunCsv.Drivers(entry.LoweringRisk)));
            }
            AnsiConsole.Write(shown);
            AnsiConsole.MarkupLine($"Stored run {run.Id} ({run.Model}, data year {run.DataYear}, {run.Entries.Count} countries).");
            var changes = outcome.Changes;
            AnsiConsole.MarkupLine(outcome.FillsHistory
                ? "Stored in the history: this model already has a run from newer data, so nothing is compared and no alert is raised."
                : changes.Count == 0
                ? "No watchlist change since the previous run of this model."
                : $"{changes.Count} watchlist changes since the previous run of this model (stored as signals; `vigil alerts raise` turns them into alerts): "
                  + Markup.Escape(string.Join(", ", changes.Select(c => $"{c.Iso3} {c.Measure} (rank {c.Rank}{(c.PreviousRank is { } p ? $", was {p}" : "")})"))));
            return VigilCli.Ok;
        });
        return command;
    }

    private static Command Check()
    {
        var data = DataOption();
        var command = new Command("check", "Validate a country-year table and report missing values per predictor and year");
        command.Options.Add(data);
        command.SetAction(async (parse, ct) =>
        {
            var table = await LoadAsync(parse, parse.GetValue(data)!, ct);
            var report = MissingnessReport.From(table);
            AnsiConsole.MarkupLine($"{report.Rows} rows, {table.FirstYear}–{table.LastYear}, {report.CompleteCaseRows} complete cases (predictors and outcomes).");
            var shown = new Table().AddColumns("Predictor", "Missing", "By year");
            foreach (var p in report.Predictors)
            {
                shown.AddRow(p.Predictor, p.Missing.ToString(Invariant),
                    string.Join(" ", p.ByYear.Select(y => $"{y.Key}:{y.Value}")));
            }
            AnsiConsole.Write(shown);
            return VigilCli.Ok;
        });
        return command;
    }

    private static async Task<CountryYearTable> LoadAsync(ParseResult parse, string source, CancellationToken ct)
    {
        var path = source;
        if (ForecastDataSource.IsUrl(source))
        {
            var dataDir = StoreOptions.Target(parse).DataDirectory;
            path = await CliProgress.StatusAsync($"Fetching {source}…", () => ForecastDataSource.ResolveAsync(source, dataDir, null, ct));
        }
        return CountryYearTable.Load(ForecastDataSource.IsUrl(path) ? path : Path.GetFullPath(path));
    }

    private static void PrintScores(FoosResult result, bool perYear)
    {
        var s = result.Scores;
        AnsiConsole.MarkupLine($"Model {result.Model}: {s.CountryYears} country-years, {s.Onsets} onsets, {result.Elapsed.TotalSeconds.ToString("0.0", Invariant)} s");
        var rows = perYear ? [.. result.ScoresByYear, s] : new List<ForecastScores> { s };
        var table = new Table().AddColumns("Year", "Rows", "Onsets", "AUC", "R@10", "R@20", "R@30", "Brier");
        foreach (var r in rows)
        {
            table.AddRow(r.Year?.ToString(Invariant) ?? "all", r.CountryYears.ToString(Invariant), r.Onsets.ToString(Invariant),
                Figure(r.Auc, "0.000"), Figure(r.RecallAt10, "0.00"), Figure(r.RecallAt20, "0.00"), Figure(r.RecallAt30, "0.00"), Figure(r.Brier, "0.0000"));
        }
        AnsiConsole.Write(table);
        // One plain line for scripts and CI logs.
        Console.WriteLine(string.Create(Invariant,
            $"AUC {s.Auc:0.000}  recall@10 {s.RecallAt10:0.00}  recall@20 {s.RecallAt20:0.00}  recall@30 {s.RecallAt30:0.00}  Brier {s.Brier:0.0000}"));
    }

    private static void PrintIntervals(ScoreIntervals i)
    {
        Console.WriteLine(string.Create(Invariant,
            $"95% intervals ({i.Replicates} draws of whole years): AUC {Range(i.Auc, "0.000")}  recall@10 {Range(i.RecallAt10, "0.00")}  recall@20 {Range(i.RecallAt20, "0.00")}  recall@30 {Range(i.RecallAt30, "0.00")}  Brier {Range(i.Brier, "0.0000")}"));
    }

    private static void PrintComparison(ModelComparison c)
    {
        AnsiConsole.MarkupLine(string.Create(Invariant,
            $"{c.Paired} country-years in both ({c.FirstScores.Onsets} onsets); only in {Markup.Escape(c.First)}: {c.OnlyFirst}, only in {Markup.Escape(c.Second)}: {c.OnlySecond}."));
        var table = new Table().AddColumns("Score", Markup.Escape(c.First), Markup.Escape(c.Second), "Difference", $"95% interval ({c.Replicates} year draws)");
        table.AddRow("AUC", Figure(c.FirstScores.Auc, "0.000"), Figure(c.SecondScores.Auc, "0.000"),
            Signed(c.SecondScores.Auc - c.FirstScores.Auc, "0.000"), Range(c.AucDifference, "+0.000;-0.000;0.000"));
        table.AddRow("recall@30", Figure(c.FirstScores.RecallAt30, "0.00"), Figure(c.SecondScores.RecallAt30, "0.00"),
            Signed(c.SecondScores.RecallAt30 - c.FirstScores.RecallAt30, "0.00"), Range(c.RecallAt30Difference, "+0.00;-0.00;0.00"));
        table.AddRow("Brier", Figure(c.FirstScores.Brier, "0.0000"), Figure(c.SecondScores.Brier, "0.0000"),
            Signed(c.SecondScores.Brier - c.FirstScores.Brier, "0.0000"), Range(c.BrierDifference, "+0.0000;-0.0000;0.0000"));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Onsets in the top {ModelComparison.TopK} of their year by {Markup.Escape(c.First)} only: {Onsets(c.CaughtOnlyByFirst)}");
        AnsiConsole.MarkupLine($"Onsets in the top {ModelComparison.TopK} of their year by {Markup.Escape(c.Second)} only: {Onsets(c.CaughtOnlyBySecond)}");
        Console.WriteLine(string.Create(Invariant,
            $"AUC difference {c.SecondScores.Auc - c.FirstScores.Auc:+0.000;-0.000;0.000} [{Range(c.AucDifference, "+0.000;-0.000;0.000")}]  recall@30 difference {c.SecondScores.RecallAt30 - c.FirstScores.RecallAt30:+0.00;-0.00;0.00} [{Range(c.RecallAt30Difference, "+0.00;-0.00;0.00")}]  discordant onsets {c.CaughtOnlyByFirst.Count}:{c.CaughtOnlyBySecond.Count}, exact McNemar p = {c.McNemarP:0.00}"));
    }

    private static string Onsets(IReadOnlyList<FoosRow> rows) =>
        rows.Count == 0 ? "none" : Markup.Escape(string.Join(", ", rows.OrderBy(r => r.Year).Select(r => $"{r.EwpName} {r.Year} (rank {r.MinRank2})")));

    private static string Range(ScoreInterval interval, string format) =>
        $"{Figure(interval.Low, format)} to {Figure(interval.High, format)}";

    private static string Signed(double value, string format) =>
        Figure(value, format.Contains(';') ? format : $"+{format};-{format};{format}");

    private static string Figure(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, Invariant);
}
