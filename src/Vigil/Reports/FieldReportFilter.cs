namespace Vigil.Reports;

/// <summary>What a list of field reports is narrowed to; dates are the day the thing happened (inclusive).</summary>
public sealed record FieldReportFilter(string? CountryIso3 = null, ReportStatus? Status = null, DateOnly? From = null, DateOnly? To = null,
    ReporterNetwork? Network = null, int Limit = 500)
{
    /// <summary>A filter's day as the API and the list page take it (YYYY-MM-DD); empty is none.</summary>
    public static DateOnly? ParseDay(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
        : throw new DomainRuleException(field, $"{field}: '{value}' is not a date (YYYY-MM-DD).");
}
