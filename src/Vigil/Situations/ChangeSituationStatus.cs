using System.Globalization;
using Vigil.Situations.Cases;

namespace Vigil.Situations;

/// <summary>
/// Records a dated, attributed, justified status change (back-dating allowed, never in the future; closing needs an outcome).
/// Closing also files the situation in the case library (A/73/898 para 13: learn from every case), or refreshes its case when it
/// was closed before and reopened.
/// </summary>
public sealed class ChangeSituationStatus(EditableSituations situations, CreateCaseFromSituation fileCase)
{
    public sealed record Request(Guid SituationId, SituationStatus Status, string? Reason, DateTime? At = null, SituationOutcome? Outcome = null, string? By = null);

    public async Task<Situation?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var now = situations.Now();
        var by = situations.Who(request.By);
        var situation = await situations.ChangeAsync(request.SituationId,
            s => s.ChangeStatus(request.Status, request.Reason ?? "", request.At ?? now, by, request.Outcome, now), cancellationToken);
        if (situation is { Status: SituationStatus.Closed, Outcome: { } outcome })
        {
            await fileCase.RunAsync(CaseOf(situation, outcome, by), cancellationToken);
        }
        return situation;
    }

    /// <summary>What the case keeps of a closed situation: its status history and the actions taken, the options and actors they used.</summary>
    private static CreateCaseFromSituation.Request CaseOf(Situation s, SituationOutcome outcome, string by)
    {
        var taken = s.Actions.Where(a => a.Status is ActionStatus.UnderWay or ActionStatus.Done).ToList();
        var timeline = s.Changes
            .Select(c => (Date: DateOnly.FromDateTime(c.At), Text: $"{(c.From is { } from ? KebabCase.Of(from) + " → " : "")}{KebabCase.Of(c.To)}: {c.Reason}"))
            .Concat(s.Actions.Select(a => (a.Date, Text: $"{a.ActorName} ({KebabCase.Of(a.ActorKind)}), {a.OptionId}, {KebabCase.Of(a.Status)}: {a.Description}")))
            .OrderBy(e => e.Date)
            .ToList();
        var closedAt = s.Changes.Where(c => c.To == SituationStatus.Closed).Select(c => c.At).DefaultIfEmpty(s.UpdatedAt).Max();
        var opened = DateOnly.FromDateTime(s.Changes.Select(c => c.At).DefaultIfEmpty(s.OpenedAt).Min());
        return new CreateCaseFromSituation.Request(s.Id, s.CountryIso3, s.Title, s.Summary, KebabCase.Of(outcome),
            opened, DateOnly.FromDateTime(closedAt), timeline,
            [.. taken.Select(a => a.OptionId).Distinct()], [.. taken.Select(a => (a.ActorName, KebabCase.Of(a.ActorKind))).Distinct()],
            s.OrganizationId, s.Classification, by);
    }
}
