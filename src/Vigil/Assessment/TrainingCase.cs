using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>
/// The demo's example: two quarterly assessments of the fictional training country
/// Tarvania, the first approved, the second a draft in which the picture worsens
/// before a disputed election. Every name and event is invented.
/// </summary>
public sealed class TrainingCase(VigilDb db, CreateAssessment create, DescribeAssessment describe, JudgeIndicator judge, RateResilience rate,
    StartNextVersion startNextVersion, AssessmentReview review)
{
    public const string Author = "Demo analyst";
    public const string Reviewer = "Demo reviewer";

    private static readonly (string Id, IndicatorStatus Status, int? Severity, Trend? Trend, string? Note)[] FirstQuarter =
    [
        ("1.1", IndicatorStatus.Absent, null, null, null),
        ("1.2", IndicatorStatus.Present, 1, Trend.Stable, "Low-level insurgency in the northern highlands since 2024."),
        ("1.3", IndicatorStatus.Present, 2, Trend.Worsening, "Opposition rallies banned in three provinces."),
        ("2.1", IndicatorStatus.Present, 2, Trend.Stable, "Unpunished killings of highland villagers in 2019."),
        ("3.1", IndicatorStatus.Present, 2, null, "Judiciary appointed by the presidency."),
        ("3.2", IndicatorStatus.Unknown, null, null, "No reliable information on oversight of the security forces."),
        ("4.1", IndicatorStatus.Present, 1, null, "Land disputes between herders and farmers."),
        ("6.1", IndicatorStatus.Absent, null, null, null),
        ("7.1", IndicatorStatus.Absent, null, null, null),
        ("8.1", IndicatorStatus.Present, 2, Trend.Worsening, "Presidential election due in the coming quarter."),
        ("9.1", IndicatorStatus.Present, 1, Trend.Stable, "Highland minority excluded from public employment."),
        ("13.1", IndicatorStatus.Absent, null, null, null),
    ];

    private static readonly (string Id, IndicatorStatus Status, int? Severity, Trend? Trend, string? Note)[] SecondQuarter =
    [
        ("1.2", IndicatorStatus.Present, 2, Trend.Worsening, "Insurgency spread to two more districts."),
        ("5.1", IndicatorStatus.Present, 2, Trend.Worsening, "New militia recruited and armed in the lowlands."),
        ("7.1", IndicatorStatus.Present, 2, Trend.Worsening, "Emergency decree suspends assembly rights in the highlands."),
        ("7.9", IndicatorStatus.Present, 2, Trend.Worsening, "Reports of sexual violence at checkpoints."),
        ("9.1", IndicatorStatus.Present, 2, Trend.Worsening, "Radio broadcasts call the highland minority 'traitors'."),
    ];

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
            CountryCatalog.TrainingCountry.Iso3, "Training case: Tarvania before the election", new DateOnly(2026, 6, 30), Author,
            Classification.Public, "Northern highlands; capital district", organizationId), cancellationToken);
        first.MarkAsExample();
        await describe.RunAsync(new DescribeAssessment.Request(first.Id, first.Title, first.AsOf, first.Areas,
            "FICTIONAL TRAINING CASE. Tarvania does not exist. Tension between the government and the highland minority is rising ahead of a disputed election.",
            Author), cancellationToken);
        foreach (var (id, status, severity, trend, note) in FirstQuarter)
        {
            var evidence = status == IndicatorStatus.Present
                ? new[] { new EvidenceRequest($"Monitor report on {id} (fictional)", "training/tarvania/report-" + id, new DateOnly(2026, 6, 15), SourceType.LocalMonitor, 'B', 2) }
                : null;
            await judge.RunAsync(new JudgeIndicator.Request(first.Id, id, new JudgementRequest(status, severity, trend, Confidence.Medium, note, null, null, evidence), Author), cancellationToken);
        }
        await rate.RunAsync(new RateResilience.Request(first.Id, "P4", 2, "Church and women's networks run peace committees.", Author), cancellationToken);
        await rate.RunAsync(new RateResilience.Request(first.Id, "E6", 3, "Regional organisation has an envoy in place.", Author), cancellationToken);
        await rate.RunAsync(new RateResilience.Request(first.Id, "P2", 1, "Courts rarely act against the security forces.", Author), cancellationToken);
        await review.SubmitAsync(first.Id, Author, cancellationToken);
        await review.ApproveAsync(first.Id, Reviewer, cancellationToken);

        var second = await startNextVersion.RunAsync(new StartNextVersion.Request(first.Id, Author, new DateOnly(2026, 9, 30)), cancellationToken)
            ?? throw new InvalidOperationException("The first training version vanished.");
        foreach (var (id, status, severity, trend, note) in SecondQuarter)
        {
            await judge.RunAsync(new JudgeIndicator.Request(second.Id, id, new JudgementRequest(status, severity, trend, Confidence.Medium, note, null, null, null), Author), cancellationToken);
        }
        await rate.RunAsync(new RateResilience.Request(second.Id, "E6", 2, "The envoy's mandate was not renewed.", Author), cancellationToken);
        return second;
    }
}
