namespace Vigil.Alerts;

/// <summary>
/// How an outgoing English text (the digest) names a signal's measure, registered by the feature that raises such
/// signals (e.g. "forecast_top10" → "entered the forecast top 10"). A measure without one is named by its identifier
/// with spaces for underscores ("civilian_deaths" → "civilian deaths"), which reads well for the event measures.
/// </summary>
public sealed record MeasureName(string Measure, string English)
{
    public static string Of(string measure, IEnumerable<MeasureName> names) =>
        names.FirstOrDefault(n => n.Measure == measure)?.English ?? measure.Replace('_', ' ');
}
