namespace Vigil.Security;

public enum OrganizationKind
{
    Un,
    Regional,
    National,
    CivilSociety,
}

/// <summary>An organisation whose members share records: a UN office, a regional body, a national focal point, an NGO.</summary>
public sealed class Organization
{
    private Organization()
    {
    }

    public Organization(string name, OrganizationKind kind, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new DomainRuleException("name", "An organisation needs a name of at most 200 characters.");
        }
        Id = Guid.NewGuid();
        Name = name.Trim();
        Kind = kind;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public OrganizationKind Kind { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// Every member must sign in with a second factor (an authenticator app), not only the admins (README, Security):
    /// set by the organisation's admins.
    /// </summary>
    public bool RequireTwoFactor { get; set; }

    /// <summary>
    /// Whether this kind of organisation may publish a framework version (its admins import it): the Framework of Analysis is the
    /// UN's, and a version is read by every organisation's next assessment, so only UN organisations are entitled.
    /// </summary>
    public static bool PublishesFrameworks(OrganizationKind kind) => kind == OrganizationKind.Un;

    public static OrganizationKind ParseKind(string? kind) => kind?.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal) switch
    {
        "un" => OrganizationKind.Un,
        "regional" => OrganizationKind.Regional,
        "national" => OrganizationKind.National,
        "civilsociety" => OrganizationKind.CivilSociety,
        _ => throw new DomainRuleException("kind", $"'{kind}' is not an organisation kind: un, regional, national or civil-society."),
    };
}
