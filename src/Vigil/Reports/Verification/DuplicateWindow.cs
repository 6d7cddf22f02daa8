namespace Vigil.Reports.Verification;

/// <summary>
/// When two reports may tell of the same incident: same country, within <see cref="Days"/> of each other, and either the
/// same admin-1 (compared without case) or points within <see cref="Km"/>. Reports in different countries are never
/// duplicates, however alike their words ("the market was burned" is said of many markets).
/// </summary>
public sealed record DuplicateWindow(double Days = 3, double Km = 25)
{
    public bool Contains(ReportPlace a, ReportPlace b)
    {
        if (!string.Equals(a.CountryIso3, b.CountryIso3, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (Math.Abs((a.OccurredAt - b.OccurredAt).TotalDays) > Days)
        {
            return false;
        }
        if (a.KmTo(b) is { } km && km <= Km)
        {
            return true;
        }
        return !string.IsNullOrWhiteSpace(a.Admin1) && string.Equals(a.Admin1.Trim(), b.Admin1?.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
