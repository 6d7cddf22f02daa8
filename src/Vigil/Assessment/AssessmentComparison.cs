namespace Vigil.Assessment;

/// <summary>What changed between two assessments, indicator by indicator, and how the profile moved.</summary>
public sealed record AssessmentComparison(
    Guid FromId,
    Guid ToId,
    DateOnly FromAsOf,
    DateOnly ToAsOf,
    AssessmentComparison.Movement Overall,
    IReadOnlyList<AssessmentComparison.CrimeMovement> Crimes,
    IReadOnlyList<AssessmentComparison.FactorMovement> RiskFactors,
    IReadOnlyList<AssessmentComparison.IndicatorChange> Indicators,
    IReadOnlyList<AssessmentComparison.ResilienceChange> Resilience,
    double CoverageFrom,
    double CoverageTo)
{
    public sealed record Movement(string? FromLevel, double? FromScore, string? ToLevel, double? ToScore)
    {
        public double? Delta => FromScore is { } a && ToScore is { } b ? Math.Round(b - a, 1) : null;
    }

    public sealed record CrimeMovement(string Crime, Movement Movement);

    public sealed record FactorMovement(string Id, double? FromScore, double? ToScore, int FromPresent, int ToPresent)
    {
        public double? Delta => FromScore is { } a && ToScore is { } b ? Math.Round(b - a, 1) : null;
    }

    public sealed record IndicatorChange(string Id, string Factor, string From, string To, string Direction);

    public sealed record ResilienceChange(string Id, int? From, int? To);

    /// <summary>Compares <paramref name="from"/> (older) with <paramref name="to"/> (newer); each on its own framework version.</summary>
    public static AssessmentComparison Compare(RiskAssessment from, FrameworkDefinition fromFramework, RiskAssessment to, FrameworkDefinition toFramework)
    {
        var a = ProfileCalculator.Calculate(fromFramework, from);
        var b = ProfileCalculator.Calculate(toFramework, to);
        var crimes = a.Crimes.All.Zip(b.Crimes.All, (x, y) => new CrimeMovement(x.Key, new Movement(x.Profile.Level, x.Profile.Score, y.Profile.Level, y.Profile.Score))).ToList();
        var factors = b.RiskFactors.Select(fb =>
        {
            var fa = a.RiskFactors.FirstOrDefault(f => f.Id == fb.Id);
            return new FactorMovement(fb.Id, fa?.Score, fb.Score, fa?.Present ?? 0, fb.Present);
        }).ToList();

        var indicatorIds = toFramework.Indicators.Select(i => i.Id).Union(fromFramework.Indicators.Select(i => i.Id)).ToList();
        var changes = new List<IndicatorChange>();
        foreach (var id in indicatorIds)
        {
            var ja = from.JudgementFor(id);
            var jb = to.JudgementFor(id);
            var da = ja?.Describe() ?? "not assessed";
            var db = jb?.Describe() ?? "not assessed";
            if (da == db && ja?.Notes == jb?.Notes)
            {
                continue;
            }
            var va = ja is { Status: IndicatorStatus.Present or IndicatorStatus.Absent } ? ProfileCalculator.IndicatorValue(ja) : (double?)null;
            var vb = jb is { Status: IndicatorStatus.Present or IndicatorStatus.Absent } ? ProfileCalculator.IndicatorValue(jb) : (double?)null;
            var direction = (va, vb) switch
            {
                (null, null) => "unchanged",
                (null, _) => "newly assessed",
                (_, null) => "no longer assessed",
                var (x, y) when y > x => "worse",
                var (x, y) when y < x => "better",
                _ => da == db ? "notes changed" : "changed",
            };
            changes.Add(new IndicatorChange(id, (toFramework.FactorOf(id) ?? fromFramework.FactorOf(id))?.Id ?? "", da, db, direction));
        }

        var resilience = ResilienceDimensions.All
            .Select(d => new ResilienceChange(d.Id, from.ResilienceFor(d.Id)?.Rating, to.ResilienceFor(d.Id)?.Rating))
            .Where(r => r.From != r.To)
            .ToList();

        return new AssessmentComparison(from.Id, to.Id, from.AsOf, to.AsOf,
            new Movement(a.Overall.Level, a.Overall.Score, b.Overall.Level, b.Overall.Score),
            crimes, factors, changes, resilience, a.Coverage, b.Coverage);
    }
}
