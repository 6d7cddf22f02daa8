using Vigil.Security;

namespace Vigil.Forecasting;

/// <summary>
/// A stored `forecast run`: which model, trained on what data up to which year, with one entry per
/// country. Runs are never edited; the watchlist shows the latest, country pages the series.
/// </summary>
public sealed class ForecastRun
{
    private readonly List<ForecastEntry> _entries = [];

    private ForecastRun()
    {
    }

    public ForecastRun(string model, string dataSource, int dataYear, int trainingRows, DateTime createdAt,
        IEnumerable<CountryForecast> forecasts, Guid? organizationId = null, Classification classification = Classification.Public)
    {
        if (string.IsNullOrWhiteSpace(model) || model.Length > 50)
        {
            throw new DomainRuleException("model", "A model name is required (at most 50 characters).");
        }
        Id = Guid.NewGuid();
        Model = model;
        DataSource = dataSource.Length > 2000 ? dataSource[..2000] : dataSource;
        DataYear = dataYear;
        TrainingRows = trainingRows;
        CreatedAt = createdAt;
        OrganizationId = organizationId;
        Classification = classification;
        _entries.AddRange(forecasts.Select(f => ForecastEntry.From(Id, f)));
    }

    public Guid Id { get; private set; }
    public string Model { get; private set; } = "";

    /// <summary>File path or URL the country-year table came from.</summary>
    public string DataSource { get; private set; } = "";

    /// <summary>The year whose data the forecasts start from; they speak for the two years after it.</summary>
    public int DataYear { get; private set; }
    public int TrainingRows { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public IReadOnlyList<ForecastEntry> Entries => _entries;
}
