namespace Vigil.Actors;

/// <summary>A country's register: ?country=ISO3, a name search, a kind; <see cref="OrganizationId"/> narrows the command line (which sees every register) to one organisation's.</summary>
public sealed record ActorQuery(string Country, string? Search = null, ActorKind? Kind = null, Guid? OrganizationId = null);
