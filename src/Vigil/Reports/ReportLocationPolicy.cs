namespace Vigil.Reports;

/// <summary>
/// An organisation's rule for showing the places of its field reports: admins, analysts and reviewers of the organisation see the
/// exact point; everyone else sees it coarsened as this says. An organisation without a row gets <see cref="Default"/>.
/// </summary>
public sealed class ReportLocationPolicy
{
    public const int MinGridKm = 1;
    public const int MaxGridKm = 100;

    private ReportLocationPolicy()
    {
    }

    public ReportLocationPolicy(Guid organizationId, LocationMode mode, int gridKm, string by, DateTime now)
    {
        OrganizationId = organizationId;
        Change(mode, gridKm, by, now);
    }

    /// <summary>A grid of 5 km: a village cluster, not a house.</summary>
    public static ReportLocationPolicy Default(Guid organizationId) => new() { OrganizationId = organizationId, Mode = LocationMode.Grid, GridKm = 5 };

    public Guid OrganizationId { get; private set; }
    public LocationMode Mode { get; private set; }
    public int GridKm { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    public void Change(LocationMode mode, int gridKm, string by, DateTime now)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new DomainRuleException("mode", $"mode: {(int)mode} is not admin2 or grid.");
        }
        if (gridKm is < MinGridKm or > MaxGridKm)
        {
            throw new DomainRuleException("gridKm", $"gridKm: {gridKm} is not between {MinGridKm} and {MaxGridKm}.");
        }
        Mode = mode;
        GridKm = gridKm;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}
