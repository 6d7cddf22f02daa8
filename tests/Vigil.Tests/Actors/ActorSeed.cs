using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Actors;
using Vigil.Events;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Tests.Actors;

/// <summary>Register entries of an organisation written straight to the store (no events needed): two actors, a merge of them, an affiliation between them.</summary>
public static class ActorSeed
{
    /// <summary>Ids by record name: "actors" (an entry, part of the merge), "merges", "affiliations".</summary>
    public static async Task<Dictionary<string, Guid>> RegisterAsync(IServiceProvider services, string organization, string tag, CancellationToken ct, string name = "Seed militia")
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
        var org = await db.Set<Organization>().SingleAsync(o => o.Name == organization, ct);
        var now = DateTime.UtcNow;
        var first = ActorIdentity.Create(EventSource.Acled, $"{name} {tag} 1", $"{name} {tag} 1", now);
        var second = ActorIdentity.Create(EventSource.Acled, $"{name} {tag} 2", $"{name} {tag} 2", now);
        db.AddRange(first, second);
        await db.SaveChangesAsync(ct);
        var a = Actor.Derived(first, org.Id, now);
        var b = Actor.Derived(second, org.Id, now);
        var affiliation = ActorAffiliation.Link(a, b, AffiliationKind.AlliedTo, null, null, "seed", now);
        var merge = Actor.Merge([a, b], null, "seed", now);
        db.AddRange(a, b, merge, affiliation);
        await db.SaveChangesAsync(ct);
        return new() { ["actors"] = a.Id, ["merges"] = merge.Id, ["affiliations"] = affiliation.Id };
    }
}
