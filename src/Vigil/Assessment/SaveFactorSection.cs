namespace Vigil.Assessment;

/// <summary>
/// Saves one risk-factor section of the editor all or nothing: the judgement of every indicator row that changes it, the evidence
/// typed into the rows and the items ticked for removal. Every row is checked against the rules before anything is stored and the
/// whole section is written with one save, so a rule broken on the third row leaves the first two as they were stored. A rule
/// broken on a row names it (<see cref="RowOf"/>). The editor's autosave of one row is a section of one (<see cref="JudgeIndicator"/>).
/// </summary>
public sealed class SaveFactorSection(EditableAssessments drafts)
{
    private const string RowPrefix = "rows[";

    /// <summary>An indicator row as the analyst left it, and the evidence item typed into its "Add evidence" fields (null: none).</summary>
    /// <remarks>
    /// <paramref name="SeenVersion"/> is the <see cref="JudgementVersion"/> the row showed when the page was opened (null: not known,
    /// the row is saved whatever is stored). When someone else has changed the judgement since, a row left as it was shown is
    /// skipped (theirs stays), and a row the analyst changed too stops the section's save (<see cref="StaleJudgementException"/>).
    /// </remarks>
    public sealed record Row(string IndicatorId, JudgementRequest Judgement, EvidenceRequest? NewEvidence = null, string? SeenVersion = null);

    public sealed record Request(Guid AssessmentId, string FactorId, IReadOnlyList<Row> Rows, IReadOnlyList<Guid> RemoveEvidence, string Actor);

    /// <summary>The saved draft, and how many judgements changed and evidence items were added and removed.</summary>
    public sealed record Outcome(RiskAssessment Assessment, int Judged, int Added, int Removed)
    {
        public bool Changed => Judged + Added + Removed > 0;
    }

    /// <summary>The outcome, or null when the viewer cannot see the assessment.</summary>
    public async Task<Outcome?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var actor = drafts.Who(request.Actor);
        int judged = 0, added = 0;
        // Judgements first, then the evidence typed, then the removals: the history reads as the section's changes in that order.
        var saved = await drafts.ChangeAsync(request.AssessmentId, (assessment, framework) =>
        {
            // Made again from the start when another writer's save came first (EditableAssessments.ChangeAsync).
            judged = added = 0;
            var stale = new List<StaleJudgementException.Row>();
            var factor = framework.RiskFactors.FirstOrDefault(f => f.Id == request.FactorId)
                ?? throw new DomainRuleException("factor", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NotARiskFactor), request.FactorId, framework.Id, framework.Version));
            foreach (var row in request.Rows)
            {
                var definition = factor.Indicators.FirstOrDefault(i => i.Id == row.IndicatorId)
                    ?? throw OnRow(row.IndicatorId, new DomainRuleException("indicatorId", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.IndicatorNotInFactor), row.IndicatorId, factor.Id)));
                var stored = assessment.JudgementFor(row.IndicatorId);
                if (row.SeenVersion is { } seen && JudgementVersion.Of(stored, definition.Gender) is var current && current != seen)
                {
                    var posted = JudgementVersion.Of(row.Judgement, definition.Gender);
                    if (posted != seen && posted != current)
                    {
                        stale.Add(StaleJudgementException.RowOf(assessment, row.IndicatorId, stored, current));
                    }
                    continue;
                }
                if (row.Judgement.WouldChange(definition, stored))
                {
                    ChangeRow(row.IndicatorId, () => row.Judgement.ApplyTo(assessment, framework, row.IndicatorId, actor, drafts.Now()));
                    judged++;
                }
            }
            if (stale.Count > 0)
            {
                throw new StaleJudgementException(stale);
            }
            foreach (var row in request.Rows.Where(r => r.NewEvidence is not null))
            {
                ChangeRow(row.IndicatorId, () => assessment.AddEvidence(row.IndicatorId, row.NewEvidence!.ToItem(row.IndicatorId), actor, drafts.Now()));
                added++;
            }
            drafts.RemoveEvidence(assessment, request.RemoveEvidence, actor);
        }, cancellationToken);
        return saved is null ? null : new Outcome(saved, judged, added, request.RemoveEvidence.Count);
    }

    /// <summary>Makes one change of a row; a rule it breaks names the row (a conflict, such as a draft no longer editable, is the section's).</summary>
    private static void ChangeRow(string indicatorId, Action change)
    {
        try
        {
            change();
        }
        catch (DomainRuleException rule) when (!rule.Conflict)
        {
            throw OnRow(indicatorId, rule);
        }
    }

    /// <summary>The same rule, its field naming the row it was broken on ("rows[7.9].severity").</summary>
    public static DomainRuleException OnRow(string indicatorId, DomainRuleException rule) =>
        rule.On($"{RowPrefix}{indicatorId}].{rule.Field}");

    /// <summary>The indicator whose row broke <paramref name="rule"/> (see <see cref="OnRow"/>), or null for a rule of the whole section.</summary>
    public static string? RowOf(DomainRuleException rule)
    {
        var end = rule.Field.IndexOf("].", StringComparison.Ordinal);
        return rule.Field.StartsWith(RowPrefix, StringComparison.Ordinal) && end > RowPrefix.Length ? rule.Field[RowPrefix.Length..end] : null;
    }
}
