namespace Vigil.Reports;

/// <summary>What a list of field reports is narrowed to; dates are the day the thing happened (inclusive).</summary>
public sealed record FieldReportFilter(string? CountryIso3 = null, ReportStatus? Status = null, DateOnly? From = null, DateOnly? To = null,
    ReporterNetwork? Network = null, int Limit = 500);
