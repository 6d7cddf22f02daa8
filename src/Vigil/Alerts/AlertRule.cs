namespace Vigil.Alerts;

/// <summary>
/// Which signals become alerts: an admin-edited rule on origin, measure, minimum severity and score,
/// and country scope (empty = every country).
/// </summary>
public sealed class AlertRule
{
    private AlertRule()
    {
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Origin { get; private set; } = "";

    /// <summary>Signal measure the rule listens to, or null for any.</summary>
    public string? Measure { get; private set; }
    public SignalSeverity MinimumSeverity { get; private set; }
    public double MinimumScore { get; private set; }

    /// <summary>ISO3 codes separated by ';'; empty for every country.</summary>
    public string Countries { get; private set; } = "";
    public bool Enabled { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public static AlertRule Create(string name, string origin, DateTime now, string by)
    {
        var rule = new AlertRule { Id = Guid.NewGuid() };
        rule.Edit(name, origin, null, SignalSeverity.Moderate, 0, [], true, now, by);
        return rule;
    }

    public void Edit(string name, string origin, string? measure, SignalSeverity minimumSeverity, double minimumScore,
        IReadOnlyCollection<string> countries, bool enabled, DateTime now, string by)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new DomainRuleException("name", new ResourceText(AlertsDomainText.ResourceManager, nameof(AlertsDomainText.RuleName)));
        }
        if (minimumScore < 0)
        {
            throw new DomainRuleException("minimumScore", new ResourceText(AlertsDomainText.ResourceManager, nameof(AlertsDomainText.RuleMinimumScore)));
        }
        if (countries.Any(c => c.Length != 3))
        {
            throw new DomainRuleException("countries", new ResourceText(AlertsDomainText.ResourceManager, nameof(AlertsDomainText.RuleCountries)));
        }
        Name = name.Trim();
        Origin = origin;
        Measure = string.IsNullOrWhiteSpace(measure) ? null : measure;
        MinimumSeverity = minimumSeverity;
        MinimumScore = minimumScore;
        Countries = string.Join(';', countries.Select(c => c.ToUpperInvariant()));
        Enabled = enabled;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    public bool Matches(Signal signal) =>
        Enabled && signal.Origin == Origin && (Measure is null || Measure == signal.Measure)
        && signal.Severity >= MinimumSeverity && signal.Score >= MinimumScore
        && (Countries.Length == 0 || Countries.Split(';').Contains(signal.CountryIso3));
}
