using Vigil.Situations.Options;

namespace Vigil.Situations;

/// <summary>Records an action (and the commitments it obtained); its option must be in the catalogue.</summary>
public sealed class RecordAction(EditableSituations situations, OptionCatalog catalog)
{
    public sealed record Request(Guid SituationId, ActionDetails Action, IReadOnlyList<CommitmentDetails>? Commitments = null, string? By = null);

    public async Task<(Situation Situation, PreventionAction Action)?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var options = await catalog.LatestAsync(cancellationToken);
        var optionId = request.Action.OptionId?.Trim() ?? "";
        PreventionAction? action = null;
        // The option is checked once the situation is found and the viewer may change it: 404 and 403 come before a bad option.
        var situation = await situations.ChangeAsync(request.SituationId, s =>
        {
            if (options.Find(optionId) is null)
            {
                throw new DomainRuleException("option", $"option: '{request.Action.OptionId}' is not in the prevention options catalogue ({string.Join(", ", options.Options.Select(o => o.Id))}).");
            }
            action = s.AddAction(request.Action with { OptionId = optionId }, request.Commitments ?? [], situations.Who(request.By), situations.Now());
        }, cancellationToken);
        return situation is null ? null : (situation, action!);
    }
}
