namespace Vigil.Speech.Monitoring;

/// <summary>
/// How dangerous a classified post is, for the review queue's order (decision record 0031):
/// danger = (p_hate + ½·p_offensive) × (1 + log10(1 + reach)) × (2 if incitement else 1) × (1 + s/3),
/// where reach = followers + shares and s the highest lexicon severity (0–3). Hate weighs twice offensive language; reach counts
/// by orders of magnitude (a post seen by 100,000 ranks about twice one seen by 100, not a thousand times); incitement doubles.
/// </summary>
public static class DangerScore
{
    /// <summary>A post is put before a reviewer from this probability of hate…</summary>
    public const double HateThreshold = 0.5;

    /// <summary>…or of offensive language…</summary>
    public const double OffensiveThreshold = 0.7;

    public static double Of(SpeechVerdict verdict, int reach)
    {
        var severity = verdict.LexiconHits.Count == 0 ? 0 : verdict.LexiconHits.Max(h => h.Severity);
        return Math.Round((verdict.PHate + 0.5 * verdict.POffensive) * (1 + Math.Log10(1 + Math.Max(0, reach)))
            * (verdict.Incitement ? 2 : 1) * (1 + Math.Clamp(severity, 0, 3) / 3.0), 6);
    }

    /// <summary>…or when it incites violence or contains a lexicon term.</summary>
    public static bool IsFlagged(SpeechVerdict verdict) =>
        verdict.PHate >= HateThreshold || verdict.POffensive >= OffensiveThreshold || verdict.Incitement || verdict.LexiconHits.Count > 0;
}
