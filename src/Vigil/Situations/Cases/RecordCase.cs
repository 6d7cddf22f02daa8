using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Situations.Cases;

/// <summary>
/// Enters past cases into the library, owned by the organisation of the person acting (the command line names one, or none
/// for a public library). One case (the API) or a whole file (the import: all or nothing; a case whose id is stored
/// already is replaced when the person may edit it).
/// </summary>
public sealed class RecordCase(VigilDb db, CountryCatalog countries, Options.OptionCatalog optionCatalog, TimeProvider time, CurrentActor current)
{
    public sealed record Request(IReadOnlyList<CaseInput> Cases, string By, Guid? OrganizationId = null, bool KeepIds = false);

    public sealed record Result(IReadOnlyList<PreventionCase> Cases, int Added, int Replaced);

    public async Task<PreventionCase> CreateAsync(CaseInput input, string by, CancellationToken cancellationToken) =>
        (await RunAsync(new Request([input with { Id = null }], by), cancellationToken)).Cases[0];

    public async Task<Result> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var viewer = current.Viewer;
        if (!viewer.IsSystem && !Roles.CanEdit(viewer.Role))
        {
            throw new AccessDeniedException("Only analysts and admins can enter cases.");
        }
        var owner = viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId;
        var by = viewer.IsSystem ? request.By : viewer.Name;
        var now = time.GetUtcNow().UtcDateTime;
        var references = await CaseReferences.LoadAsync(countries, optionCatalog, cancellationToken);
        var ids = request.KeepIds ? request.Cases.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToList() : [];
        var stored = ids.Count == 0 ? [] : await db.Cases.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var saved = new List<PreventionCase>();
        var (added, replaced) = (0, 0);
        for (var i = 0; i < request.Cases.Count; i++)
        {
            var input = request.KeepIds ? request.Cases[i] : request.Cases[i] with { Id = null };
            try
            {
                if (input.Id is { } id && stored.TryGetValue(id, out var existing))
                {
                    if (!viewer.CanEdit(existing.OrganizationId))
                    {
                        throw new DomainRuleException("id", $"id: case {id} is stored already and belongs to another organisation.", conflict: true);
                    }
                    existing.Replace(input, references, now);
                    saved.Add(existing);
                    replaced++;
                }
                else
                {
                    var created = PreventionCase.Create(input, references, owner, by, now);
                    db.Cases.Add(created);
                    saved.Add(created);
                    added++;
                }
            }
            catch (DomainRuleException rule) when (request.Cases.Count > 1)
            {
                db.ChangeTracker.Clear();
                // The message names the field already ("factors[2].rating: …"); it gains the case's place in the file.
                throw new DomainRuleException($"cases[{i}].{rule.Field}", $"cases[{i}].{rule.Message}", rule.Conflict);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new Result(saved, added, replaced);
    }
}
