using System.Diagnostics;
using System.Globalization;
using Vigil.Speech;
using Vigil.Speech.Classification;
using Vigil.Speech.Lexicons;

// Classifying throughput: every dev split of the shared speech data (detected language, as a stream arrives) through
// the trained model of a data directory, in batches of 10,000, after one warm-up pass. Prints posts per second.
// Usage: dotnet run -c Release --project bench/SpeechBench [-- --data-dir DIR [--repeat N]]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var dataDir = Environment.GetEnvironmentVariable("VIGIL_DATA_DIR") ?? ".vigil";
var repeat = 3;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data-dir": dataDir = args[++i]; break;
        case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: break;
    }
}
var model = SpeechModel.Load(SpeechModel.PathIn(dataDir)) ?? throw new InvalidOperationException($"No model in {dataDir}: run `vigil speech train` first.");
var engine = new SpeechClassifierEngine(model, new LexiconMatcher(StarterLexicon.Terms));
var speech = Path.Combine(SharedData.Locate() ?? ".", "speech");
var texts = Directory.GetDirectories(speech).Order(StringComparer.Ordinal)
    .SelectMany(d => SpeechCsv.ReadLabelled(Path.Combine(d, "dev.csv"), Path.GetFileName(d)))
    .Select(e => new SpeechText(e.Text)).ToList();
Console.WriteLine($"posts: {texts.Count} (every dev split, language detected); cores: {Environment.ProcessorCount}");
engine.Classify(texts);
for (var r = 1; r <= repeat; r++)
{
    var watch = Stopwatch.StartNew();
    for (var start = 0; start < texts.Count; start += 10_000)
    {
        engine.Classify(texts.GetRange(start, Math.Min(10_000, texts.Count - start)));
    }
    Console.WriteLine($"run {r}: {watch.Elapsed.TotalSeconds:0.00} s, {texts.Count / watch.Elapsed.TotalSeconds:0} posts/s");
}

internal static class SharedData
{
    /// <summary>VIGIL_SHARED_DATA, else the first "shared/data" found walking up from the binary.</summary>
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("VIGIL_SHARED_DATA") is { Length: > 0 } env)
        {
            return env;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
