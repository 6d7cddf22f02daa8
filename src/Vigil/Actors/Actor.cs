using Vigil.Security;

namespace Vigil.Actors;

/// <summary>
/// An entry of an organisation's actor register. A derived entry stands for one source identity
/// (<see cref="IdentityId"/>) and is created by the rebuild; a merged entry groups the entries an analyst merged into it
/// (theirs point at it through <see cref="MergedIntoId"/>, so an unmerge restores them as they were). Names, kinds,
/// merges and affiliations are the organisation's judgement; the counts are the shared identities' (decision record 0032).
/// </summary>
public sealed class Actor
{
    public const int NameMaxLength = 300;

    private Actor()
    {
    }

    public Guid Id { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public string Name { get; private set; } = "";
    public ActorKind Kind { get; private set; }

    /// <summary>The analyst set <see cref="Kind"/>: a rebuild no longer replaces it with the suggestion.</summary>
    public bool KindConfirmed { get; private set; }

    /// <summary>The country of most of its events (of the first merged entry, for a merge).</summary>
    public string CountryIso3 { get; private set; } = "";

    /// <summary>The source identity this derived entry stands for; null for a merge.</summary>
    public long? IdentityId { get; private set; }

    /// <summary>The merge that holds this entry now; null while it stands on its own.</summary>
    public Guid? MergedIntoId { get; private set; }
    public string? MergedBy { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public bool IsMerge => IdentityId is null;

    /// <summary>The register entry of <paramref name="identity"/> in an organisation's register.</summary>
    public static Actor Derived(ActorIdentity identity, Guid organizationId, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        OrganizationId = organizationId,
        Classification = Classification.Restricted,
        Name = identity.Name,
        Kind = identity.SuggestedKind,
        CountryIso3 = identity.CountryIso3,
        IdentityId = identity.Id,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>A merge of <paramref name="parts"/> (at least two entries of one organisation, none merged yet).</summary>
    public static Actor Merge(IReadOnlyList<Actor> parts, string? name, string by, DateTime now)
    {
        if (parts.Count < 2 || parts.Select(p => p.Id).Distinct().Count() != parts.Count)
        {
            throw new DomainRuleException("actorIds", "A merge takes at least two different actors.");
        }
        if (parts.Any(p => p.OrganizationId != parts[0].OrganizationId))
        {
            throw new DomainRuleException("actorIds", "Actors of different organisations cannot be merged.");
        }
        if (parts.Any(p => p.MergedIntoId is not null))
        {
            throw new DomainRuleException("actorIds", "An actor that is already merged cannot be merged again; merge its merge instead.", conflict: true);
        }
        var merged = new Actor
        {
            Id = Guid.NewGuid(),
            OrganizationId = parts[0].OrganizationId,
            Classification = parts.Max(p => p.Classification),
            Name = CheckedName(string.IsNullOrWhiteSpace(name) ? parts[0].Name : name.Trim()),
            Kind = parts[0].Kind,
            KindConfirmed = parts[0].KindConfirmed,
            CountryIso3 = parts[0].CountryIso3,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var part in parts)
        {
            part.MergedIntoId = merged.Id;
            part.MergedBy = by;
            part.UpdatedAt = now;
        }
        return merged;
    }

    /// <summary>Takes this entry out of the merge that held it.</summary>
    public void Unmerged(DateTime now)
    {
        MergedIntoId = null;
        MergedBy = null;
        UpdatedAt = now;
    }

    /// <summary>Follows the identity's latest counts: name and country always, the kind until an analyst set it.</summary>
    public void Refresh(ActorIdentity identity, DateTime now)
    {
        if (IsMerge || (Name == identity.Name && CountryIso3 == identity.CountryIso3 && (KindConfirmed || Kind == identity.SuggestedKind)))
        {
            return;
        }
        Name = identity.Name;
        CountryIso3 = identity.CountryIso3;
        Kind = KindConfirmed ? Kind : identity.SuggestedKind;
        UpdatedAt = now;
    }

    public void SetKind(ActorKind kind, DateTime now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("kind", "Unknown actor kind.");
        }
        Kind = kind;
        KindConfirmed = true;
        UpdatedAt = now;
    }

    public void Reclassify(Classification classification, DateTime now)
    {
        if (!Enum.IsDefined(classification))
        {
            throw new DomainRuleException("classification", "Unknown classification.");
        }
        Classification = classification;
        UpdatedAt = now;
    }

    private static string CheckedName(string name) =>
        name.Length > NameMaxLength ? throw new DomainRuleException("name", $"The name is longer than {NameMaxLength} characters.") : name;
}
