using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>
/// The demo's example: two quarterly assessments of the fictional training country
/// Tarvania, the first approved, the second a draft in which the picture worsens
/// before a disputed election. Every name and event is invented. Its texts are in
/// TrainingCaseText (English, Chinese): the case is written in the current UI language.
/// </summary>
public sealed class TrainingCase(VigilDb db, CreateAssessment create, DescribeAssessment describe, JudgeIndicator judge, RateResilience rate,
    StartNextVersion startNextVersion, AssessmentReview review)
{
    public const string Author = "Demo analyst";
    public const string Reviewer = "Demo reviewer";

    // Each note says what the indicator's own words ask about (decision: a teachable case never pairs a note with the wrong
    // indicator): fighting that is going on is 1.1 present, the coming election is the trigger 8.8, a new militia is 7.5, hate
    // speech is 7.14. Notes are resource keys, written in the language the demo is run in.
    private static readonly (string Id, IndicatorStatus Status, int? Severity, Trend? Trend, string Note)[] FirstQuarter =
    [
        ("1.1", IndicatorStatus.Present, 1, Trend.Stable, nameof(TrainingCaseText.Q1Fighting)),
        ("1.6", IndicatorStatus.Present, 2, Trend.Worsening, nameof(TrainingCaseText.Q1Repression)),
        ("1.11", IndicatorStatus.Present, 2, Trend.Stable, nameof(TrainingCaseText.Q1IdentityTension)),
        ("2.1", IndicatorStatus.Present, 2, Trend.Stable, nameof(TrainingCaseText.Q1PastViolations)),
        ("3.3", IndicatorStatus.Present, 2, null, nameof(TrainingCaseText.Q1Judiciary)),
        ("3.4", IndicatorStatus.Unknown, null, null, nameof(TrainingCaseText.Q1CivilianControl)),
        ("4.1", IndicatorStatus.Present, 1, null, nameof(TrainingCaseText.Q1PowerMotive)),
        ("6.1", IndicatorStatus.Present, 1, null, nameof(TrainingCaseText.Q1NoProtection)),
        ("7.1", IndicatorStatus.Absent, null, null, nameof(TrainingCaseText.Q1NoEmergency)),
        ("8.8", IndicatorStatus.Present, 2, Trend.Worsening, nameof(TrainingCaseText.Q1Election)),
        ("9.1", IndicatorStatus.Present, 1, Trend.Stable, nameof(TrainingCaseText.Q1Discrimination)),
        ("13.1", IndicatorStatus.Absent, null, null, nameof(TrainingCaseText.Q1CommandIntact)),
    ];

    private static readonly (string Id, IndicatorStatus Status, int? Severity, Trend? Trend, string Note)[] SecondQuarter =
    [
        ("1.1", IndicatorStatus.Present, 2, Trend.Worsening, nameof(TrainingCaseText.Q2Fighting)),
        ("7.1", IndicatorStatus.Present, 2, Trend.Worsening, nameof(TrainingCaseText.Q2Emergency)),
        ("7.5", IndicatorStatus.Present, 2, Trend.Worsening, nameof(TrainingCaseText.Q2Militia)),
        ("7.9", IndicatorStatus.Present, 2, Trend.Worsening, nameof(TrainingCaseText.Q2SexualViolence)),
        ("7.14", IndicatorStatus.Present, 2, Trend.Worsening, nameof(TrainingCaseText.Q2HateSpeech)),
    ];

    private static string Text(string key) =>
        TrainingCaseText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static async Task<RiskAssessment?> FindAsync(VigilDb db, CancellationToken cancellationToken) =>
        await db.Assessments.AsNoTracking().Where(a => a.IsExample).OrderByDescending(a => a.VersionNumber).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Creates the example unless it exists; returns the latest version.</summary>
    public async Task<RiskAssessment> EnsureAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, cancellationToken) is { } existing)
        {
            return existing;
        }
        var first = await create.RunAsync(new CreateAssessment.Request(
            CountryCatalog.TrainingCountry.Iso3, Text(nameof(TrainingCaseText.Title)), new DateOnly(2026, 6, 30), Author,
            Classification.Public, Text(nameof(TrainingCaseText.Areas)), organizationId), cancellationToken);
        first.MarkAsExample();
        await describe.RunAsync(new DescribeAssessment.Request(first.Id, first.Title, first.AsOf, first.Areas,
            Text(nameof(TrainingCaseText.Summary)), Author), cancellationToken);
        foreach (var (id, status, severity, trend, note) in FirstQuarter)
        {
            var evidence = status == IndicatorStatus.Present
                ? new[] { new EvidenceRequest(string.Format(CultureInfo.CurrentCulture, Text(nameof(TrainingCaseText.EvidenceTitle)), id), "training/tarvania/report-" + id, new DateOnly(2026, 6, 15), SourceType.LocalMonitor, 'B', 2) }
                : null;
            await judge.RunAsync(new JudgeIndicator.Request(first.Id, id, new JudgementRequest(status, severity, trend, Confidence.Medium, Text(note), null, null, evidence), Author), cancellationToken);
        }
        await rate.RunAsync(new RateResilience.Request(first.Id, "P4", 2, Text(nameof(TrainingCaseText.Q1PeaceCommittees)), Author), cancellationToken);
        await rate.RunAsync(new RateResilience.Request(first.Id, "E6", 3, Text(nameof(TrainingCaseText.Q1Envoy)), Author), cancellationToken);
        await rate.RunAsync(new RateResilience.Request(first.Id, "P2", 1, Text(nameof(TrainingCaseText.Q1Courts)), Author), cancellationToken);
        await review.SubmitAsync(first.Id, Author, cancellationToken);
        await review.ApproveAsync(first.Id, Reviewer, cancellationToken);

        var second = await startNextVersion.RunAsync(new StartNextVersion.Request(first.Id, Author, new DateOnly(2026, 9, 30)), cancellationToken)
            ?? throw new InvalidOperationException("The first training version vanished.");
        foreach (var (id, status, severity, trend, note) in SecondQuarter)
        {
            await judge.RunAsync(new JudgeIndicator.Request(second.Id, id, new JudgementRequest(status, severity, trend, Confidence.Medium, Text(note), null, null, null), Author), cancellationToken);
        }
        await rate.RunAsync(new RateResilience.Request(second.Id, "E6", 2, Text(nameof(TrainingCaseText.Q2EnvoyLeft)), Author), cancellationToken);
        return second;
    }
}
