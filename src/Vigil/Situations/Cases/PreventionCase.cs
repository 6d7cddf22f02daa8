using System.Globalization;
using Vigil.Countries;
using Vigil.Security;

namespace Vigil.Situations.Cases;

/// <summary>
/// A case of the lessons-learned library (A/73/898 paras 13, 27–30): a past situation with its timeline, the prevention
/// options used and by whom, the outcome, and the six effectiveness factors of para 30 each rated with evidence. Made
/// from a closed situation or entered directly; owned by an organisation and classified like every record.
/// </summary>
public sealed class PreventionCase
{
    public const int TitleMax = 300;
    public const int SummaryMax = 4000;
    public const int TextMax = 1000;

    private PreventionCase()
    {
    }

    public Guid Id { get; private set; }
    public string CountryIso3 { get; private set; } = "";
    public string TitleEn { get; private set; } = "";
    public string TitleZh { get; private set; } = "";
    public string SummaryEn { get; private set; } = "";
    public string SummaryZh { get; private set; } = "";
    public string PeriodStart { get; private set; } = "";
    public string PeriodEnd { get; private set; } = "";
    public string Outcome { get; private set; } = "";
    public List<CaseTimelineEntry> Timeline { get; private set; } = [];
    public List<string> Options { get; private set; } = [];
    public List<CaseActor> Actors { get; private set; } = [];
    public List<CaseFactor> Factors { get; private set; } = [];
    public List<CaseSource> Sources { get; private set; } = [];
    public bool RatingsIllustrative { get; private set; }
    public bool IsExample { get; private set; }
    public Guid? SourceSituationId { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>What search reads: the case's prose in both languages and the country's names, NFKC and lower case (<see cref="CaseSearch"/>).</summary>
    public string SearchText { get; private set; } = "";

    public LocalizedText Title => new(TitleEn, TitleZh);
    public LocalizedText Summary => new(SummaryEn, SummaryZh);

    public static PreventionCase Create(CaseInput input, CaseReferences references, Guid? organizationId, string by, DateTime now)
    {
        var c = new PreventionCase { Id = input.Id ?? Guid.NewGuid(), OrganizationId = organizationId, CreatedBy = by, CreatedAt = now };
        c.Apply(input, references, now);
        return c;
    }

    /// <summary>Replaces the content with <paramref name="input"/> (an import of the same case); owner and creation stay.</summary>
    public void Replace(CaseInput input, CaseReferences references, DateTime now) => Apply(input, references, now);

    private void Apply(CaseInput input, CaseReferences references, DateTime now)
    {
        var country = references.Countries.Find(input.CountryIso3 ?? "")
            ?? throw new DomainRuleException("countryIso3", $"countryIso3: '{input.CountryIso3}' is not an ISO 3166 alpha-3 code Vigil knows.");
        var title = Required(input.Title, "title", TitleMax);
        var summary = Optional(input.Summary, "summary", SummaryMax);
        var start = CheckDate(input.PeriodStart, "periodStart");
        var end = input.PeriodEnd is null or "" ? start : CheckDate(input.PeriodEnd, "periodEnd");
        if (string.CompareOrdinal(end, start) < 0)
        {
            throw new DomainRuleException("periodEnd", $"periodEnd: {end} is before periodStart {start}.");
        }
        var outcome = OneOf(input.Outcome, "outcome", CaseVocabulary.Outcomes);
        var timeline = (input.Timeline ?? []).Select((e, i) =>
            new CaseTimelineEntry(CheckDate(e?.Date, $"timeline[{i}].date"), Required(e?.Text, $"timeline[{i}].text", TextMax))).ToList();
        var options = (input.Options ?? []).Select((o, i) => OneOf(o, $"options[{i}]", [.. references.Options.Order(StringComparer.Ordinal)])).Distinct().ToList();
        var actors = (input.Actors ?? []).Select((a, i) =>
            new CaseActor(Required(a?.Name, $"actors[{i}].name", TitleMax), OneOf(a?.Kind, $"actors[{i}].kind", CaseVocabulary.ActorKinds))).ToList();
        var factors = new List<CaseFactor>();
        foreach (var (f, i) in (input.Factors ?? []).Select((f, i) => (f, i)))
        {
            var id = OneOf(f?.Factor, $"factors[{i}].factor", CaseVocabulary.Factors);
            if (factors.Any(x => x.Factor == id))
            {
                throw new DomainRuleException($"factors[{i}].factor", $"factors[{i}].factor: {id} is rated twice.");
            }
            factors.Add(new CaseFactor(id, OneOf(f?.Rating, $"factors[{i}].rating", CaseVocabulary.Ratings), Optional(f?.Evidence, $"factors[{i}].evidence", TextMax)));
        }
        // Every case shows all six factors; one nobody rated is "not-rated", never silently absent.
        factors = [.. CaseVocabulary.Factors.Select(id => factors.FirstOrDefault(x => x.Factor == id) ?? new CaseFactor(id, CaseVocabulary.NotRated, new LocalizedText("", "")))];
        var sources = (input.Sources ?? []).Select((s, i) =>
        {
            if (string.IsNullOrWhiteSpace(s?.Citation) || s.Citation.Length > TextMax)
            {
                throw new DomainRuleException($"sources[{i}].citation", $"sources[{i}].citation: required, at most {TextMax} characters.");
            }
            if (s.Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)))
            {
                throw new DomainRuleException($"sources[{i}].url", $"sources[{i}].url: '{url}' is not an http(s) address.");
            }
            return new CaseSource(s.Citation.Trim(), string.IsNullOrWhiteSpace(s.Url) ? null : s.Url.Trim());
        }).ToList();
        var classification = input.Classification is null or ""
            ? Classification.Internal
            : Enum.TryParse<Classification>(input.Classification, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(input.Classification, out _)
                ? parsed
                : throw new DomainRuleException("classification", $"classification: '{input.Classification}' is not one of public, internal, restricted, confidential.");

        CountryIso3 = country.Iso3;
        (TitleEn, TitleZh) = (title.En, title.Zh);
        (SummaryEn, SummaryZh) = (summary.En, summary.Zh);
        (PeriodStart, PeriodEnd, Outcome) = (start, end, outcome);
        Timeline = [.. timeline.OrderBy(e => e.Date, StringComparer.Ordinal)];
        (Options, Actors, Factors, Sources) = (options, actors, factors, sources);
        RatingsIllustrative = input.RatingsIllustrative;
        IsExample = input.IsExample;
        SourceSituationId = input.SourceSituationId;
        Classification = classification;
        UpdatedAt = now;
        SearchText = BuildSearchText(country);
    }

    private string BuildSearchText(Country country)
    {
        var parts = new List<string> { CountryIso3, country.Name.En, country.Name.Zh, TitleEn, TitleZh, SummaryEn, SummaryZh };
        parts.AddRange(Timeline.SelectMany(e => new[] { e.Text.En, e.Text.Zh }));
        parts.AddRange(Actors.SelectMany(a => new[] { a.Name.En, a.Name.Zh }));
        parts.AddRange(Factors.SelectMany(f => new[] { f.Evidence.En, f.Evidence.Zh }));
        return CaseSearch.Normalize(string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
    }

    /// <summary>English required; Chinese optional (the pages fall back to English).</summary>
    private static LocalizedText Required(LocalizedText? text, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(text?.En))
        {
            throw new DomainRuleException(field, $"{field}: the English text (en) is required.");
        }
        return Optional(text, field, max);
    }

    private static LocalizedText Optional(LocalizedText? text, string field, int max)
    {
        var en = text?.En?.Trim() ?? "";
        var zh = text?.Zh?.Trim() ?? "";
        if (en.Length > max || zh.Length > max)
        {
            throw new DomainRuleException(field, $"{field}: at most {max} characters in each language.");
        }
        return new LocalizedText(en, zh);
    }

    private static string OneOf(string? value, string field, IReadOnlyList<string> allowed) =>
        value is not null && allowed.Contains(value.Trim(), StringComparer.Ordinal)
            ? value.Trim()
            : throw new DomainRuleException(field, $"{field}: '{value}' is not one of {string.Join(", ", allowed)}.");

    /// <summary>"yyyy-MM-dd", "yyyy-MM" or "yyyy": dates as precise as the sources.</summary>
    internal static string CheckDate(string? value, string field)
    {
        var v = value?.Trim() ?? "";
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateTime.TryParseExact(v, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? v
            : throw new DomainRuleException(field, $"{field}: '{value}' is not a date (yyyy-MM-dd, yyyy-MM or yyyy).");
    }
}
