using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Situations;

/// <summary>
/// What every change to a situation shares: loading it for the person acting (null when they may not see it, 403 when they may see
/// but not change it: analysts and admins of the owning organisation change it), their name, the time, and the one save.
/// </summary>
public sealed class EditableSituations(VigilDb db, TimeProvider time, CurrentActor current)
{
    public Viewer Viewer => current.Viewer;

    public VigilDb Db => db;

    public DateTime Now() => time.GetUtcNow().UtcDateTime;

    public DateOnly Today() => DateOnly.FromDateTime(Now());

    /// <summary>The signed-in user's name wins over a name passed in (the CLI and the demo act as the system and name the actor).</summary>
    public string Who(string? actor) => current.Viewer.IsSystem && !string.IsNullOrWhiteSpace(actor) ? actor.Trim() : current.Viewer.Name;

    public static bool CanWork(Viewer viewer) => viewer.IsSystem || Roles.CanEdit(viewer.Role);

    /// <summary>Loads a situation, makes one change and saves it; null when the viewer cannot see it. A broken rule stores nothing.</summary>
    public async Task<Situation?> ChangeAsync(Guid id, Action<Situation> change, CancellationToken cancellationToken)
    {
        var situation = await db.LoadSituationAsync(id, current.Viewer, cancellationToken);
        if (situation is null)
        {
            return null;
        }
        if (!current.Viewer.CanEdit(situation.OrganizationId))
        {
            throw new AccessDeniedException("Only analysts and admins of the owning organisation can change this situation.");
        }
        try
        {
            change(situation);
        }
        catch (DomainRuleException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
        return situation;
    }
}
