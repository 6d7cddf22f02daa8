using Vigil.Alerts;

namespace Vigil.Speech.Monitoring;

/// <summary>A month in which a series' hate or incitement volume rose far above its baseline; <see cref="Measure"/> names the signal.</summary>
public sealed record SurgeFinding(string Country, string Dimension, string Key, int Month, string Measure, int Observed, double Expected,
    double Score, SignalSeverity Severity);
