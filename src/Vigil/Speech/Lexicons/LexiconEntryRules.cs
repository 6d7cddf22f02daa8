using Vigil.Speech.Classification;

namespace Vigil.Speech.Lexicons;

/// <summary>What a lexicon entry must hold, checked before any version is saved (the API, the page and CSV import).</summary>
public static class LexiconEntryRules
{
    public static void Check(LexiconTerm term)
    {
        if (string.IsNullOrWhiteSpace(term.Term) || term.Term.Length > SpeechLexiconEntry.TermMaxLength || SpeechNormalizer.Normalize(term.Term).Length == 0)
        {
            throw new DomainRuleException("term", $"term: a word or phrase of at most {SpeechLexiconEntry.TermMaxLength} characters is required.");
        }
        if (!SpeechCsv.Languages.Contains(term.Language))
        {
            throw new DomainRuleException("language", $"language: '{term.Language}' is not one of {string.Join(", ", SpeechCsv.Languages)}.");
        }
        if (term.Country is { } country && (country.Length != 3 || !country.All(char.IsAsciiLetterUpper)))
        {
            throw new DomainRuleException("country", $"country: '{country}' is not an ISO3 code such as ETH (leave it empty for the whole language).");
        }
        if (term.Severity is < 1 or > 3)
        {
            throw new DomainRuleException("severity", "severity: expected 1 (mild), 2 or 3 (severe).");
        }
        foreach (var (field, text) in new[] { ("targetGroup", term.TargetGroup), ("meaning", term.Meaning), ("alternative", term.Alternative) })
        {
            if (text?.Length > SpeechLexiconEntry.TextMaxLength)
            {
                throw new DomainRuleException(field, $"{field}: at most {SpeechLexiconEntry.TextMaxLength} characters.");
            }
        }
    }
}
