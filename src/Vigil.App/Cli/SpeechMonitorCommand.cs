using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Speech.Monitoring;
using Vigil.Storage;

namespace Vigil.App.Cli;

/// <summary>
/// The monitoring verbs under `vigil speech`: `ingest FILE [--source NAME]`, `reclassify [--all]`, `scan`. The model's verbs
/// (train, evaluate, classify) live beside them under the same root, which ever of the two files adds it first.
/// </summary>
public static class SpeechMonitorCommand
{
    public const string Root = "speech";

    /// <summary>Adds the monitoring verbs to the root's `speech` command, creating it when absent.</summary>
    public static void AddTo(Command root)
    {
        var speech = root.Subcommands.FirstOrDefault(c => c.Name == Root);
        if (speech is null)
        {
            speech = new Command(Root, "Hate speech and incitement: monitor posts, review them on the Rabat test, refer them, detect surges");
            root.Subcommands.Add(speech);
        }
        speech.Subcommands.Add(Ingest());
        speech.Subcommands.Add(Reclassify());
        speech.Subcommands.Add(Scan());
    }

    private static Command Ingest()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV with a header (id,text and any of source,lang,platform,author,posted_at,country,admin1,url,followers,shares) or JSON Lines (.jsonl) with the same names" };
        var source = new Option<string?>("--source") { Description = "Feed name for rows without a source column (posts are unique by source and id)" };
        var organization = new Option<string?>("--organization") { Description = "Name of the organisation that owns the posts (default: none; only public posts are then visible)" };
        var classification = new Option<string?>("--classification") { Description = "public, internal (default), restricted or confidential" };
        var ingest = new Command("ingest", "Store posts from a file, classified when a model is ready; a post already stored is left unchanged");
        ingest.Arguments.Add(file);
        ingest.Options.Add(source);
        ingest.Options.Add(organization);
        ingest.Options.Add(classification);
        ingest.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var level = KebabCase.Parse<Classification>(parse.GetValue(classification), "--classification") ?? Classification.Internal;
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var owner = await OrganizationOption.FindAsync(scope.ServiceProvider, parse.GetValue(organization), ct);
            IReadOnlyList<PostInput> posts;
            try
            {
                posts = PostFile.Read(path.FullName, parse.GetValue(source), scope.ServiceProvider.GetRequiredService<CountryCatalog>());
            }
            catch (PostFileException bad)
            {
                // "posts.csv:7: country: 'Atlantis' is not a country …": file, line and field; nothing is stored.
                throw new InputFileException($"{path.Name}:{bad.Line}: {bad.Message[(bad.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]}");
            }
            var outcome = await scope.ServiceProvider.GetRequiredService<IngestPosts>().RunAsync(new(posts, level, owner), Viewer.System, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path.Name}: {outcome.Received} posts read, {outcome.Stored} stored, {outcome.AlreadyStored} already stored, {outcome.Classified} classified"));
            if (!scope.ServiceProvider.GetRequiredService<SpeechVerdicts>().IsReady)
            {
                Console.WriteLine("No speech model is ready: the posts wait unclassified ('vigil speech train', then 'vigil speech reclassify').");
            }
            return VigilCli.Ok;
        });
        return ingest;
    }

    private static Command Reclassify()
    {
        var all = new Option<bool>("--all") { Description = "Classify every post again (after training a new model), not only the unclassified ones" };
        var reclassify = new Command("reclassify", "Classify the posts stored while no model was ready");
        reclassify.Options.Add(all);
        reclassify.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            if (!scope.ServiceProvider.GetRequiredService<SpeechVerdicts>().IsReady)
            {
                Console.Error.WriteLine("No speech model is ready: train one first ('vigil speech train').");
                return VigilCli.BadInput;
            }
            var done = await scope.ServiceProvider.GetRequiredService<ReclassifyPosts>().RunAsync(parse.GetValue(all), ct);
            Console.WriteLine($"{done} posts classified");
            return VigilCli.Ok;
        });
        return reclassify;
    }

    private static Command Scan()
    {
        var scan = new Command("scan", "Detect surges of hate and incitement per country, language and target group, and store them as signals for alerts");
        scan.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var findings = await scope.ServiceProvider.GetRequiredService<SurgeScan>().RunAsync(ct);
            Console.WriteLine("country,month,measure,observed,expected,score,severity");
            foreach (var f in findings)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{f.Country},{Events.YearMonth.Text(f.Month)},{CsvText.Cell(f.Measure)},{f.Observed},{f.Expected},{f.Score},{f.Severity.ToString().ToLowerInvariant()}"));
            }
            Console.Error.WriteLine($"{findings.Count} surges stored as signals ('vigil alerts raise' turns them into alerts)");
            return VigilCli.Ok;
        });
        return scan;
    }
}
