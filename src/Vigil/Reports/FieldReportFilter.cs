namespace Vigil.Reports;

/// <summary>What a list of field reports is narrowed to; dates are the day the thing happened (inclusive).</summary>
public sealed record FieldReportFilter(string? CountryIso3 = null, ReportStatus? Status = null, DateOnly? From = null, DateOnly? To = null,
    ReporterNetwork? Network = null, int Limit = 500, string? Admin1 = null)
{
    /// <summary>
    /// The filter from the words the API, the map page and the CLI take (status and network in kebab case, days as YYYY-MM-DD);
    /// an empty word is no filter, a bad one a <see cref="DomainRuleException"/> naming its field.
    /// </summary>
    public static FieldReportFilter Parse(string? country, string? status, string? from, string? to, string? network, string? admin1, int? limit = null)
    {
        var filter = new FieldReportFilter(Blank(country),
            Blank(status) is { } s ? SubmissionFields.ParseChoice<ReportStatus>(s, "status", new Dictionary<string, ReportStatus>()) : null,
            ParseDay(from, "from"), ParseDay(to, "to"),
            Blank(network) is { } n ? SubmissionFields.ParseChoice<ReporterNetwork>(n, "network", new Dictionary<string, ReporterNetwork>()) : null,
            limit ?? 500, Blank(admin1));
        return filter.From > filter.To ? throw new DomainRuleException("from", $"from: {filter.From:yyyy-MM-dd} is after to ({filter.To:yyyy-MM-dd}).") : filter;
    }

    /// <summary>A filter's day as the API and the list page take it (YYYY-MM-DD); empty is none.</summary>
    public static DateOnly? ParseDay(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
        : throw new DomainRuleException(field, $"{field}: '{value}' is not a date (YYYY-MM-DD).");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
