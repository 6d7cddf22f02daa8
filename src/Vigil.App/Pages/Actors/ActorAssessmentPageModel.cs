using Vigil.Actors.Assessments;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Storage;

namespace Vigil.App.Pages.Actors;

/// <summary>What the actor assessment view and editor share: the assessment as the viewer may see it (each load is an audited read), its framework, the standard required and the naming.</summary>
public abstract class ActorAssessmentPageModel(VigilDb db, ActorAssessmentReader reader, ActorAssessmentDrafts drafts) : VigilPageModel
{
    public ActorAssessment Assessment { get; private set; } = null!;
    public FrameworkDefinition Framework { get; private set; } = null!;
    public EvidentiaryStandard Required { get; private set; }
    public ActorNaming? Naming { get; private set; }
    public ActorAssessmentView View { get; private set; } = null!;

    public bool CanEdit => Viewer.CanEdit(Assessment.OrganizationId);
    public bool CanReview => Viewer.CanReview(Assessment.OrganizationId);
    public bool CanSeePersons => Viewer.CanSeeConfidentialFields(Assessment.OrganizationId);

    public IEnumerable<RiskFactorDefinition> Factors => PerpetratorFactors.Of(Framework);

    /// <summary>Loads what the page shows; false (404) when the viewer may not see it or it is not the actor's.</summary>
    protected async Task<bool> LoadAsync(Guid actorId, Guid assessmentId, CancellationToken cancellationToken)
    {
        // A rule broken before this load leaves a cleared tracker: read it fresh.
        db.ChangeTracker.Clear();
        if (await reader.ReadAsync(actorId, assessmentId, cancellationToken) is not { } assessment)
        {
            return false;
        }
        Assessment = assessment;
        Framework = await drafts.FrameworkOfAsync(assessment, cancellationToken);
        Required = await db.RequiredStandardAsync(assessment.OrganizationId, cancellationToken);
        Naming = db.ActorNamings.VisibleTo(Viewer).FirstOrDefault(n => n.AssessmentId == assessment.Id);
        View = ActorAssessmentView.From(assessment, Framework, Required, Naming, CanSeePersons);
        return true;
    }

    public ActorAssessmentView.Finding? Finding(string target) => View.Findings.FirstOrDefault(f => f.Target == target);

    public IEnumerable<ActorAssessmentView.Evidence> EvidenceFor(string target) => View.EvidenceItems.Where(e => e.Target == target);
}
