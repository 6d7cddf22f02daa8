namespace Vigil.Speech.Monitoring;

/// <summary>
/// A reviewer's ratings of the six Rabat factors, each 0 (absent) … 3 (strongly present), with an optional note per factor.
/// Referring to the authorities asks the whole threshold to be met: every factor rated at least 2 (decision record 0031).
/// </summary>
public sealed record RabatRatings(int Context, int Speaker, int Intent, int ContentAndForm, int Extent, int Likelihood,
    IReadOnlyDictionary<RabatFactor, string>? Notes = null)
{
    public const int Maximum = 3;
    public const int ThresholdMet = 2;
    public const int NoteMaxLength = 1000;

    public int Of(RabatFactor factor) => factor switch
    {
        RabatFactor.Context => Context,
        RabatFactor.Speaker => Speaker,
        RabatFactor.Intent => Intent,
        RabatFactor.ContentAndForm => ContentAndForm,
        RabatFactor.Extent => Extent,
        _ => Likelihood,
    };

    public string? NoteOf(RabatFactor factor) => Notes?.GetValueOrDefault(factor);

    public static string FieldOf(RabatFactor factor) => char.ToLowerInvariant(factor.ToString()[0]) + factor.ToString()[1..];

    internal void Check(RabatDecision decision)
    {
        foreach (var factor in Enum.GetValues<RabatFactor>())
        {
            if (Of(factor) is < 0 or > Maximum)
            {
                throw new DomainRuleException(FieldOf(factor), $"{FieldOf(factor)}: rate each Rabat factor from 0 to {Maximum}.");
            }
            if (NoteOf(factor) is { Length: > NoteMaxLength })
            {
                throw new DomainRuleException(FieldOf(factor) + "Note", $"{FieldOf(factor)}Note: at most {NoteMaxLength} characters.");
            }
        }
        var below = Enum.GetValues<RabatFactor>().Where(f => Of(f) < ThresholdMet).ToList();
        if (decision == RabatDecision.ReferToAuthorities && below.Count > 0)
        {
            var low = below[0];
            throw new DomainRuleException("decision",
                $"decision: referring to the authorities needs every Rabat factor rated at least {ThresholdMet}; {FieldOf(low)} is {Of(low)}.");
        }
    }
}
