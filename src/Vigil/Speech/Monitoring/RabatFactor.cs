namespace Vigil.Speech.Monitoring;

/// <summary>The six parts of the Rabat Plan of Action's threshold test (A/HRC/22/17/Add.4, appendix, para. 29), in its order.</summary>
public enum RabatFactor
{
    Context,
    Speaker,
    Intent,
    ContentAndForm,
    Extent,
    Likelihood,
}
