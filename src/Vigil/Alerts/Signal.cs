namespace Vigil.Alerts;

/// <summary>
/// A machine-detected warning that something measured has departed from its expected level — the small
/// type other features hand to alerts. One per (origin, data source, place, month, measure): a re-scan
/// refreshes it instead of adding another.
/// </summary>
public sealed class Signal
{
    private Signal()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The feature that raised it: "events" (escalation scan); later "forecasts", "speech".</summary>
    public string Origin { get; private set; } = "";
    public string DataSource { get; private set; } = "";
    public string CountryIso3 { get; private set; } = "";

    /// <summary>Admin-1 name, or empty for the whole country.</summary>
    public string Admin1 { get; private set; } = "";

    /// <summary>First day of the month the signal is about.</summary>
    public DateOnly Period { get; private set; }
    public string Measure { get; private set; } = "";
    public double Observed { get; private set; }
    public double Expected { get; private set; }

    /// <summary>-log10 of the upper-tail probability of the observation under the baseline.</summary>
    public double Score { get; private set; }
    public SignalSeverity Severity { get; private set; }

    /// <summary>Framework of Analysis indicator ids the signal speaks to, separated by ';' ("7.8;11.1;11.2").</summary>
    public string Indicators { get; private set; } = "";
    public DateTime DetectedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public static Signal Raise(string origin, string dataSource, string countryIso3, string admin1, DateOnly period, string measure,
        IEnumerable<string> indicators, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        Origin = origin,
        DataSource = dataSource,
        CountryIso3 = countryIso3,
        Admin1 = admin1,
        Period = period,
        Measure = measure,
        Indicators = string.Join(';', indicators),
        DetectedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Sets the latest figures (a new data release can change a month's counts).</summary>
    public Signal Measured(double observed, double expected, double score, SignalSeverity severity, DateTime now)
    {
        Observed = observed;
        Expected = expected;
        Score = score;
        Severity = severity;
        UpdatedAt = now;
        return this;
    }
}
