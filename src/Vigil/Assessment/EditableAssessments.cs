using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>
/// What every change to an assessment shares: loading it for the person acting (null when they may not see it, 403 when
/// they may see but not change it), their name and the time for the history, and the one save that stores the change.
/// </summary>
public sealed class EditableAssessments(VigilDb db, FrameworkCatalog frameworks, TimeProvider time, CurrentActor current)
{
    public Viewer Viewer => current.Viewer;

    private DateTime _lastChange;

    /// <summary>
    /// The time of the next change: now, yet at least a microsecond (PostgreSQL's resolution) after the change before it in this
    /// scope, so that the history, read in order of time, keeps the order of the changes of a section saved at once.
    /// </summary>
    public DateTime Now()
    {
        var now = time.GetUtcNow().UtcDateTime;
        _lastChange = now > _lastChange.AddTicks(10) ? now : _lastChange.AddTicks(10);
        return _lastChange;
    }

    /// <summary>The signed-in user's name wins over a name passed in (the CLI and the demo act as the system and name the actor).</summary>
    public string Who(string actor) => current.Viewer.IsSystem ? actor : current.Viewer.Name;

    /// <summary>Loads a draft the current viewer may edit: null when it is not visible to them, 403 when visible but not theirs to edit.</summary>
    public async Task<RiskAssessment?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var assessment = await db.LoadAssessmentAsync(id, current.Viewer, cancellationToken);
        if (assessment is not null && !current.Viewer.CanEdit(assessment.OrganizationId))
        {
            throw new AccessDeniedException("Only analysts and admins of the owning organisation can change this assessment.");
        }
        return assessment;
    }

    /// <summary>Loads the assessment, makes one change and saves it; null when the viewer cannot see it.</summary>
    public Task<RiskAssessment?> ChangeAsync(Guid id, Action<RiskAssessment> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, (assessment, _) => change(assessment), cancellationToken);

    /// <summary>How often a change is made again on what another writer has just stored (see <see cref="ChangeAsync(Guid, Action{RiskAssessment, FrameworkDefinition}, CancellationToken)"/>).</summary>
    private const int WriteRaceAttempts = 25;

    /// <summary>
    /// Loads the assessment and its framework version, makes the change and saves it all or nothing; null when the viewer cannot see it.
    /// When another writer stored a change between the load and the save (two first judgements of one indicator insert the same key;
    /// a judgement changed under us fails its concurrency check), the change is made again on what is now stored, so concurrent writes
    /// never answer 500 and a version check (If-Match) inside <paramref name="change"/> sees the other writer's value.
    /// </summary>
    public async Task<RiskAssessment?> ChangeAsync(Guid id, Action<RiskAssessment, FrameworkDefinition> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var assessment = await LoadAsync(id, cancellationToken);
            if (assessment is null)
            {
                return null;
            }
            var framework = await frameworks.ForAsync(assessment, cancellationToken);
            try
            {
                await SaveAllOrNothingAsync(() => change(assessment, framework), cancellationToken);
                return assessment;
            }
            catch (DbUpdateException race) when (attempt < WriteRaceAttempts && StoreErrors.IsWriteRace(race))
            {
                db.ChangeTracker.Clear();
                // A short, growing, random pause spreads writers that collided again (each round one of them wins).
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10) * Math.Min(attempt, 10)), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Makes a change (one step or a whole section of them) and saves it at once. A rule broken on any step forgets every step
    /// made in memory, so that no later save in the same scope stores part of it, and the store keeps what it had; entities loaded
    /// before are then detached (load them again to read what is stored).
    /// </summary>
    private async Task SaveAllOrNothingAsync(Action change, CancellationToken cancellationToken)
    {
        try
        {
            change();
        }
        catch (Exception rule) when (rule is DomainRuleException or StaleJudgementException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes the evidence items ticked "Remove on save" in a section (a factor's or the resilience section).</summary>
    public void RemoveEvidence(RiskAssessment assessment, IReadOnlyList<Guid> evidenceIds, string actor)
    {
        foreach (var evidenceId in evidenceIds)
        {
            assessment.RemoveEvidence(evidenceId, actor, Now());
        }
    }

    /// <summary>Stores a new assessment (a first version or the next one).</summary>
    public async Task AddAsync(RiskAssessment assessment, CancellationToken cancellationToken)
    {
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
    }
}
