using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Vigil.App.Hosting;

namespace Vigil.Tests.Localization;

/// <summary>
/// Every text of every resource file (the pages' in Vigil.App, the domain's in Vigil) has a non-empty translation in
/// every UI language, no translation carries a key English lacks, and the {0} placeholders agree between languages.
/// </summary>
public sealed partial class TranslationCompletenessTests
{
    public static TheoryData<string, string> Resources() => [.. BaseNames()];

    private static IEnumerable<(string Assembly, string BaseName)> BaseNames() =>
        TextAssemblies.SelectMany(assembly => assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith("Text.resources", StringComparison.Ordinal))
            .Select(n => (assembly.GetName().Name!, n[..^".resources".Length])));

    [Fact]
    public void Resources_BothAssemblies_HaveTextFiles()
    {
        var names = BaseNames().Select(r => r.BaseName).ToList();

        Assert.Contains("Vigil.App.Pages.Shared.SharedText", names);
        Assert.Contains("Vigil.Assessment.AssessmentDomainText", names);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void Translations_EveryUiCulture_HaveEveryTextWithTheSamePlaceholders(string assemblyName, string baseName)
    {
        var texts = new ResourceManager(baseName, TextAssemblies.Single(a => a.GetName().Name == assemblyName));
        var english = Entries(texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        Assert.NotEmpty(english);
        var problems = new List<string>();
        foreach (var culture in VigilWebHost.Cultures.Where(c => c.Name != "en"))
        {
            var translated = Entries(texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false));
            foreach (var (key, text) in english)
            {
                if (!translated.TryGetValue(key, out var translation) || string.IsNullOrWhiteSpace(translation))
                {
                    problems.Add($"{culture.Name}: no text for {key}");
                }
                else if (!Placeholders(text).SetEquals(Placeholders(translation)))
                {
                    problems.Add($"{culture.Name}: {key} has placeholders {string.Join(" ", Placeholders(translation))}, English {string.Join(" ", Placeholders(text))}");
                }
            }
            problems.AddRange(translated.Keys.Except(english.Keys).Select(key => $"{culture.Name}: {key} is not in the English file"));
        }
        Assert.Empty(english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"en: empty text for {e.Key}"));
        Assert.Empty(problems);
    }

    private static readonly Assembly[] TextAssemblies = [typeof(VigilWebHost).Assembly, typeof(DomainRuleException).Assembly];

    private static Dictionary<string, string> Entries(ResourceSet? set) =>
        set?.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal) ?? [];

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
