namespace Vigil.Assessment;

/// <summary>
/// Saves the editor's resilience section all or nothing, as <see cref="SaveFactorSection"/> does a factor's: the rating and notes of
/// every dimension that changes, the evidence typed into the rows and the items ticked for removal, written with one save.
/// </summary>
public sealed class SaveResilienceSection(EditableAssessments drafts)
{
    /// <summary>A dimension as the analyst left it (rating 0–3 or null, notes), and the evidence item typed into its row (null: none).</summary>
    public sealed record Row(string DimensionId, int? Rating, string? Notes, EvidenceRequest? NewEvidence = null);

    public sealed record Request(Guid AssessmentId, IReadOnlyList<Row> Rows, IReadOnlyList<Guid> RemoveEvidence, string Actor);

    /// <summary>The saved draft, and how many dimensions changed and evidence items were added and removed.</summary>
    public sealed record Outcome(RiskAssessment Assessment, int Rated, int Added, int Removed)
    {
        public bool Changed => Rated + Added + Removed > 0;
    }

    /// <summary>The outcome, or null when the viewer cannot see the assessment.</summary>
    public async Task<Outcome?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var actor = drafts.Who(request.Actor);
        int rated = 0, added = 0;
        var saved = await drafts.ChangeAsync(request.AssessmentId, assessment =>
        {
            foreach (var row in request.Rows)
            {
                var stored = assessment.ResilienceFor(row.DimensionId);
                var notes = string.IsNullOrWhiteSpace(row.Notes) ? null : row.Notes.Trim();
                if (stored?.Rating != row.Rating || stored?.Notes != notes)
                {
                    assessment.RateResilience(row.DimensionId, row.Rating, row.Notes, actor, drafts.Now());
                    rated++;
                }
            }
            foreach (var row in request.Rows.Where(r => r.NewEvidence is not null))
            {
                assessment.AddEvidence(row.DimensionId, row.NewEvidence!.ToItem(row.DimensionId), actor, drafts.Now());
                added++;
            }
            drafts.RemoveEvidence(assessment, request.RemoveEvidence, actor);
        }, cancellationToken);
        return saved is null ? null : new Outcome(saved, rated, added, request.RemoveEvidence.Count);
    }
}
