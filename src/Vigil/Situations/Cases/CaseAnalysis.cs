namespace Vigil.Situations.Cases;

/// <summary>
/// Across the cases a viewer may see: for each prevention option, the outcomes of the cases that used it, and for each
/// effectiveness factor and rating, the outcomes of the cases rated so. Every figure carries the number of cases behind it;
/// under <see cref="CautionBelow"/> the pages and the API mark it as too few to read a pattern from. Counts, not causes:
/// the cases are few and chosen, not a sample.
/// </summary>
public sealed record CaseAnalysis(int Cases, int IllustrativeCases, IReadOnlyList<CaseAnalysis.Row> Options, IReadOnlyList<CaseAnalysis.Row> Factors)
{
    public const int CautionBelow = 5;

    /// <summary>How many cases of each outcome; <see cref="Caution"/> when fewer than five stand behind them.</summary>
    public sealed record Outcomes(int Averted, int Limited, int NotPrevented, int Unclear)
    {
        public int Total => Averted + Limited + NotPrevented + Unclear;

        public bool Caution => Total < CautionBelow;

        /// <summary>Share of the cases (0–1) with <paramref name="outcome"/>; null with no case.</summary>
        public double? Share(string outcome) => Total == 0 ? null : (double)Of(outcome) / Total;

        public int Of(string outcome) => outcome switch
        {
            "averted" => Averted,
            "limited" => Limited,
            "not-prevented" => NotPrevented,
            _ => Unclear,
        };

        public static Outcomes Count(IEnumerable<PreventionCase> cases)
        {
            var list = cases.Select(c => c.Outcome).ToList();
            return new(list.Count(o => o == "averted"), list.Count(o => o == "limited"), list.Count(o => o == "not-prevented"), list.Count(o => o == "unclear"));
        }
    }

    /// <summary>An option (Rating null) or a factor at one rating, with the outcomes of its cases.</summary>
    public sealed record Row(string Id, string? Rating, Outcomes Outcomes);

    public static CaseAnalysis Of(IReadOnlyCollection<PreventionCase> cases)
    {
        var options = CaseVocabulary.Options
            .Select(o => new Row(o, null, Outcomes.Count(cases.Where(c => c.Options.Contains(o)))))
            .ToList();
        var factors = CaseVocabulary.Factors
            .SelectMany(f => CaseVocabulary.Ratings.Where(r => r != CaseVocabulary.NotRated)
                .Select(r => new Row(f, r, Outcomes.Count(cases.Where(c => c.Factors.Any(x => x.Factor == f && x.Rating == r))))))
            .ToList();
        return new CaseAnalysis(cases.Count, cases.Count(c => c.RatingsIllustrative), options, factors);
    }
}
