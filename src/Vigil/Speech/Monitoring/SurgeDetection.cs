using Microsoft.EntityFrameworkCore;
using Vigil.Events;
using Vigil.Events.Escalation;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

using Classification = Vigil.Security.Classification;

/// <summary>
/// Builds the monthly hate and incitement series from classified posts (month of posting in UTC, else of ingest) and runs the event
/// series' escalation detector on them (<see cref="EscalationDetector.ScanCounts"/>). Speech volumes are young series: judged from
/// 6 months of history on a 12-month window, and a surge must add at least 5 posts (decision record 0031).
/// </summary>
public sealed class SurgeDetection(VigilDb db)
{
    public const string HateMeasure = "hate_posts";
    public const string IncitementMeasure = "incitement_posts";
    public const int MinimumIncrease = 5;

    public static EscalationOptions Options { get; } = new() { MinimumHistory = 6, Window = 12 };

    /// <summary>Framework of Analysis indicators: 7.14 and 8.7 (hate speech on the rise, groups targeted) and 13.7 (threats and incitement).</summary>
    public static IReadOnlyList<string> IndicatorsOf(string measure) => measure.StartsWith(IncitementMeasure, StringComparison.Ordinal) ? ["13.7", "8.7"] : ["7.14", "8.7"];

    /// <summary>The series of every country (or one), from the posts the viewer may see (leaving Confidential ones out when asked).</summary>
    public Task<IReadOnlyList<SurgeSeries>> SeriesAsync(Viewer viewer, string? country, CancellationToken cancellationToken) =>
        SeriesAsync(viewer, country, false, cancellationToken);

    public async Task<IReadOnlyList<SurgeSeries>> SeriesAsync(Viewer viewer, string? country, bool withoutConfidential, CancellationToken cancellationToken)
    {
        var query = db.SpeechPosts.VisibleTo(viewer).AsNoTracking().Where(p => p.CountryIso3 != null && (p.Label == SpeechLabel.Hate || p.Incitement));
        if (withoutConfidential)
        {
            query = query.Where(p => p.Classification != Classification.Confidential);
        }
        if (!string.IsNullOrWhiteSpace(country))
        {
            var iso3 = country.Trim().ToUpperInvariant();
            query = query.Where(p => p.CountryIso3 == iso3);
        }
        var posts = await query.Select(p => new PostMark(p.CountryIso3!, p.PostedAt ?? p.IngestedAt, p.VerdictLanguage ?? p.Language ?? "",
            p.TargetGroups, p.Label == SpeechLabel.Hate, p.Incitement)).ToListAsync(cancellationToken);
        return Build(posts);
    }

    public static IEnumerable<SurgeFinding> Scan(SurgeSeries series)
    {
        var detector = new EscalationDetector(Options);
        var suffix = series.Dimension == SurgeSeries.All ? "" : $"_{(series.Dimension == SurgeSeries.Language ? "lang" : "group")}_{series.Key}";
        foreach (var (name, values) in new[]
        {
            (HateMeasure, series.Rows.Select(r => r.HatePosts).ToArray()),
            (IncitementMeasure, series.Rows.Select(r => r.IncitementPosts).ToArray()),
        })
        {
            foreach (var surge in detector.ScanCounts(values, MinimumIncrease))
            {
                yield return new SurgeFinding(series.Country, series.Dimension, series.Key, series.Rows[surge.Index].Month, name + suffix,
                    surge.Observed, Math.Round(surge.Expected, 2), Math.Round(surge.Score, 2), surge.Severity);
            }
        }
    }

    public sealed record PostMark(string Country, DateTime At, string Language, string TargetGroups, bool Hate, bool Incitement);

    public static IReadOnlyList<SurgeSeries> Build(IReadOnlyList<PostMark> posts)
    {
        if (posts.Count == 0)
        {
            return [];
        }
        var last = posts.Max(p => YearMonth.Of(DateOnly.FromDateTime(p.At)));
        var series = new List<SurgeSeries>();
        foreach (var byCountry in posts.GroupBy(p => p.Country).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = byCountry.Min(p => YearMonth.Of(DateOnly.FromDateTime(p.At)));
            series.Add(Series(byCountry.Key, SurgeSeries.All, "", byCountry, first, last));
            foreach (var byLanguage in byCountry.Where(p => p.Language.Length > 0).GroupBy(p => p.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                series.Add(Series(byCountry.Key, SurgeSeries.Language, byLanguage.Key, byLanguage, first, last));
            }
            foreach (var byGroup in byCountry.SelectMany(p => p.TargetGroups.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(g => (Group: g, Post: p)))
                .GroupBy(x => x.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                series.Add(Series(byCountry.Key, SurgeSeries.Group, byGroup.Key, byGroup.Select(x => x.Post), first, last));
            }
        }
        return series;
    }

    private static SurgeSeries Series(string country, string dimension, string key, IEnumerable<PostMark> posts, int first, int last)
    {
        var counts = posts.GroupBy(p => YearMonth.Of(DateOnly.FromDateTime(p.At)))
            .ToDictionary(g => g.Key, g => (Hate: g.Count(p => p.Hate), Incitement: g.Count(p => p.Incitement)));
        var rows = new List<SurgeRow>();
        for (var month = first; month <= last; month = YearMonth.Add(month, 1))
        {
            var (hate, incitement) = counts.GetValueOrDefault(month);
            rows.Add(new SurgeRow(month, hate, incitement));
        }
        return new SurgeSeries(country, dimension, key, rows);
    }
}
