namespace Vigil.Situations;

/// <summary>
/// Who does what for a situation (paras 22, 29): a timeline of actors × actions, the designated lead (null: "no lead"),
/// competing mediation channels, contradictory stances in the same month and overdue commitments.
/// </summary>
public sealed record CoordinationView(string? Lead, IReadOnlyList<ActorTimeline> Timeline, IReadOnlyList<CompetingChannel> CompetingChannels,
    IReadOnlyList<ContradictoryStance> ContradictoryStances, IReadOnlyList<OverdueCommitment> OverdueCommitments)
{
    public const string MediationOption = "mediation";

    public static CoordinationView Of(Situation situation, DateOnly today)
    {
        var actions = situation.Actions.Where(a => a.Status != ActionStatus.Abandoned).OrderBy(a => a.Date).ThenBy(a => a.RecordedAt).ToList();
        var timeline = situation.Actions.GroupBy(a => (Name: a.ActorName.ToUpperInvariant(), a.ActorKind))
            .Select(g => new ActorTimeline(g.First().ActorName, g.Key.ActorKind, [.. g.OrderBy(a => a.Date).ThenBy(a => a.RecordedAt)]))
            .OrderBy(t => t.Actions[0].Date).ThenBy(t => t.Actor, StringComparer.OrdinalIgnoreCase).ToList();
        return new CoordinationView(situation.Lead, timeline, FindCompetingChannels(actions, today), FindContradictoryStances(actions), FindOverdueCommitments(situation, today));
    }

    private static List<CompetingChannel> FindCompetingChannels(List<PreventionAction> actions, DateOnly today)
    {
        var mediation = actions.Where(a => a.OptionId == MediationOption).ToList();
        var found = new List<CompetingChannel>();
        for (var i = 0; i < mediation.Count; i++)
        {
            for (var j = i + 1; j < mediation.Count; j++)
            {
                var (a, b) = (mediation[i], mediation[j]);
                if (string.Equals(a.ActorName, b.ActorName, StringComparison.OrdinalIgnoreCase) || a.NamesAsCoordinated(b.ActorName) || b.NamesAsCoordinated(a.ActorName))
                {
                    continue;
                }
                var (spanA, spanB) = (a.Span(today), b.Span(today));
                var from = spanA.From > spanB.From ? spanA.From : spanB.From;
                var to = spanA.To < spanB.To ? spanA.To : spanB.To;
                if (from <= to)
                {
                    found.Add(new CompetingChannel(a.Id, a.ActorName, b.Id, b.ActorName, from, to));
                }
            }
        }
        return found;
    }

    private static List<ContradictoryStance> FindContradictoryStances(List<PreventionAction> actions) =>
        [.. actions.Where(a => a.Stance is ActionStance.Pressure or ActionStance.Support)
            .GroupBy(a => new DateOnly(a.Date.Year, a.Date.Month, 1))
            .Select(g => new ContradictoryStance(g.Key,
                [.. g.Where(a => a.Stance == ActionStance.Pressure).Select(a => a.ActorName).Distinct(StringComparer.OrdinalIgnoreCase)],
                [.. g.Where(a => a.Stance == ActionStance.Support).Select(a => a.ActorName).Distinct(StringComparer.OrdinalIgnoreCase)]))
            // The same actor pressing and supporting is carrot and stick, not a contradiction between actors.
            .Where(s => s.PressureActors.Count > 0 && s.SupportActors.Count > 0
                && (s.PressureActors.Count > 1 || s.SupportActors.Count > 1 || !string.Equals(s.PressureActors[0], s.SupportActors[0], StringComparison.OrdinalIgnoreCase)))
            .OrderBy(s => s.Month)];

    private static List<OverdueCommitment> FindOverdueCommitments(Situation situation, DateOnly today) =>
        [.. situation.Actions.SelectMany(a => a.Commitments.Where(c => c.IsOverdue(today))
            .Select(c => new OverdueCommitment(c.Id, a.Id, a.ActorName, c.Text, c.Party, c.Due!.Value, c.Implemented, c.GenderProvision)))
            .OrderBy(c => c.Due)];
}
