using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Actors;

/// <summary>
/// What every analyst's change to the register shares: loading entries for the person acting (null when they may not see one,
/// 403 when they may see but not change it: analysts and admins of the owning organisation), their name, the time, the one save.
/// </summary>
public sealed class EditableActors(VigilDb db, TimeProvider time, CurrentActor current)
{
    public Viewer Viewer => current.Viewer;

    public VigilDb Db => db;

    public DateTime Now() => time.GetUtcNow().UtcDateTime;

    /// <summary>The signed-in user's name wins over a name passed in (the CLI acts as the system and may name the analyst).</summary>
    public string Who(string? by) => current.Viewer.IsSystem && !string.IsNullOrWhiteSpace(by) ? by.Trim() : current.Viewer.Name;

    /// <summary>The entry, or null when it does not exist or is hidden from the viewer; 403 when the viewer may not change it.</summary>
    public async Task<Actor?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.VisibleTo(current.Viewer).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (actor is not null && !current.Viewer.CanEdit(actor.OrganizationId))
        {
            throw new AccessDeniedException("Only analysts and admins of the owning organisation can change its actor register.");
        }
        return actor;
    }

    /// <summary>Saves, or stores nothing when a rule was broken.</summary>
    public async Task SaveAsync(Action change, CancellationToken cancellationToken)
    {
        try
        {
            change();
        }
        catch (DomainRuleException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
