using Microsoft.EntityFrameworkCore;
using Vigil.Assessment;
using Vigil.Events;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Actors.Assessments;

/// <summary>
/// What every change to an actor assessment shares: loading it for the person acting (null when they may not see it, 403 when
/// they may see but not change it), their name and the time for the history, the framework version, and the one save.
/// </summary>
public sealed class ActorAssessmentDrafts(VigilDb db, FrameworkCatalog frameworks, TimeProvider time, CurrentActor current)
{
    public Viewer Viewer => current.Viewer;

    public VigilDb Db => db;

    public DateTime Now() => time.GetUtcNow().UtcDateTime;

    /// <summary>The signed-in user's name wins over a name passed in (the CLI and the demo act as the system and name the actor).</summary>
    public string Who(string actor) => current.Viewer.IsSystem ? actor : current.Viewer.Name;

    public Task<FrameworkDefinition> FrameworkOfAsync(ActorAssessment assessment, CancellationToken cancellationToken) =>
        FrameworkOrThrowAsync(assessment.FrameworkId, assessment.FrameworkVersion, cancellationToken);

    private async Task<FrameworkDefinition> FrameworkOrThrowAsync(string id, string version, CancellationToken cancellationToken) =>
        await frameworks.GetAsync(id, version, cancellationToken)
        ?? throw new InvalidOperationException($"Framework {id} {version} is missing from the database.");

    /// <summary>Loads an assessment, checks that <paramref name="allowed"/> lets the viewer act on it, makes the change and saves it; null when not visible.</summary>
    public async Task<ActorAssessment?> ChangeAsync(Guid id, Func<Viewer, Guid?, bool> allowed, Func<ActorAssessment, FrameworkDefinition, Task> change,
        CancellationToken cancellationToken)
    {
        var assessment = await db.LoadActorAssessmentAsync(id, null, current.Viewer, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        if (!allowed(current.Viewer, assessment.OrganizationId))
        {
            throw new AccessDeniedException("Your role in the owning organisation does not allow this change to the actor assessment.");
        }
        try
        {
            await change(assessment, await FrameworkOfAsync(assessment, cancellationToken));
        }
        catch (DomainRuleException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    /// <summary>An edit of a draft: by analysts and admins of the owning organisation.</summary>
    public Task<ActorAssessment?> EditAsync(Guid id, Func<ActorAssessment, FrameworkDefinition, Task> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, (v, o) => v.CanEdit(o), change, cancellationToken);

    /// <summary>Builds evidence items from what a person typed, checking that each linked event is stored (its title defaults to the event's).</summary>
    public async Task<List<ActorEvidence>> ToEvidenceAsync(string target, IEnumerable<ActorEvidenceRequest> requests, CancellationToken cancellationToken)
    {
        var items = new List<ActorEvidence>();
        foreach (var request in requests)
        {
            string? eventTitle = null;
            if (request.Kind == ActorEvidenceKind.Event && request.EventId is { } eventId)
            {
                var stored = await db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken)
                    ?? throw new DomainRuleException("evidence.eventId", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.NoSuchEvent), eventId));
                eventTitle = $"{stored.Source} {stored.SourceId}, {stored.DateStart:yyyy-MM-dd}{(stored.Place is null ? "" : $", {stored.Place}")}";
            }
            var title = string.IsNullOrWhiteSpace(request.Title) ? eventTitle ?? "" : request.Title;
            items.Add(new ActorEvidence(target, request.Kind, request.EventId, title, request.Reference, request.Date,
                new AdmiraltyGrade(request.Reliability, request.Credibility)));
        }
        return items;
    }
}
