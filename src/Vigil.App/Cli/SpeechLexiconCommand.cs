using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Speech.Lexicons;

namespace Vigil.App.Cli;

/// <summary>
/// `vigil speech lexicon export [--out FILE] [--version N]` and `vigil speech lexicon import FILE.csv [--note TEXT]`: the shared
/// lexicon as CSV. The import replaces the lexicon with the file's rows as a new version (earlier versions stay exportable).
/// </summary>
public static class SpeechLexiconCommand
{
    /// <summary>Adds `lexicon` to the root's `speech` command (made by the speech verbs added before).</summary>
    public static void AddTo(Command root)
    {
        var speech = root.Subcommands.First(c => c.Name == SpeechMonitorCommand.Root);
        var lexicon = new Command("lexicon", "The shared hate-speech lexicon: export it as CSV, import a CSV as a new version");
        lexicon.Subcommands.Add(Export());
        lexicon.Subcommands.Add(Import());
        speech.Subcommands.Add(lexicon);
    }

    private static Command Export()
    {
        var output = new Option<FileInfo?>("--out") { Description = "File to write (default: the terminal)" };
        var version = new Option<int?>("--version") { Description = "Version to export (default: the latest)" };
        var export = new Command("export", "Write the lexicon as CSV (term,language,country,target_group,meaning,severity,alternative,incitement)");
        export.Options.Add(output);
        export.Options.Add(version);
        export.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var found = await services.GetRequiredService<SpeechLexiconStore>().EntriesAsync(parse.GetValue(version), ct)
                ?? throw new InputFileException(string.Create(CultureInfo.InvariantCulture, $"--version: there is no version {parse.GetValue(version)} (see the versions on /speech/lexicon)."));
            var csv = LexiconCsv.Write(found.Entries.Select(e => e.ToTerm()));
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, csv, ct);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Name}: version {found.Version.Number}, {found.Entries.Count} entries"));
            }
            else
            {
                Console.Write(csv);
            }
            return VigilCli.Ok;
        });
        return export;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV with the export's header; it replaces the lexicon" };
        var note = new Option<string?>("--note") { Description = "Why this version (kept with it)" };
        var import = new Command("import", "Replace the lexicon with a CSV file as a new version; a bad row stores nothing and is named by line and field");
        import.Arguments.Add(file);
        import.Options.Add(note);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new InputFileException($"{path.Name}: no such file.");
            }
            var csv = await File.ReadAllTextAsync(path.FullName, ct);
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            SpeechLexiconVersion saved;
            try
            {
                saved = await services.GetRequiredService<SpeechLexiconStore>().ImportAsync(csv, $"cli:{Environment.UserName}", parse.GetValue(note), ct);
            }
            catch (DomainRuleException bad)
            {
                throw new InputFileException($"{path.Name}: {bad.Message}");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path.Name}: saved as version {saved.Number} with {saved.EntryCount} entries"));
            return VigilCli.Ok;
        });
        return import;
    }
}
