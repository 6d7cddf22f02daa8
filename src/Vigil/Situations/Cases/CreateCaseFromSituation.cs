using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Situations.Cases;

/// <summary>
/// A closed situation becomes a case of the library (A/73/898 para 13: learn from every case). The situation's close calls
/// this with what it holds — title, country, timeline, the options its actions used and their actors, the outcome — and the
/// case keeps the situation's owner and classification and links back to it. The para-30 factors start not-rated: an
/// analyst rates them with evidence afterwards. Closing the same situation again replaces its case instead of adding one.
/// </summary>
public sealed class CreateCaseFromSituation(VigilDb db, CountryCatalog countries, Options.OptionCatalog optionCatalog, TimeProvider time)
{
    public sealed record Request(
        Guid SituationId, string CountryIso3, string Title, string? Summary, string Outcome,
        DateOnly OpenedOn, DateOnly ClosedOn, IReadOnlyList<(DateOnly Date, string Text)> Timeline,
        IReadOnlyList<string> OptionsUsed, IReadOnlyList<(string Name, string Kind)> Actors,
        Guid? OrganizationId, Classification Classification, string By);

    public async Task<PreventionCase> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var input = new CaseInput
        {
            CountryIso3 = request.CountryIso3,
            Title = new LocalizedText(request.Title, ""),
            Summary = new LocalizedText(request.Summary ?? "", ""),
            PeriodStart = request.OpenedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            PeriodEnd = request.ClosedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Outcome = request.Outcome,
            Timeline = [.. request.Timeline.Select(e => new CaseTimelineEntry(e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), new LocalizedText(e.Text, "")))],
            Options = [.. request.OptionsUsed.Distinct()],
            Actors = [.. request.Actors.Distinct().Select(a => new CaseActor(new LocalizedText(a.Name, ""), a.Kind))],
            Classification = request.Classification.ToString(),
            SourceSituationId = request.SituationId,
        };
        var now = time.GetUtcNow().UtcDateTime;
        var references = await CaseReferences.LoadAsync(countries, optionCatalog, cancellationToken);
        var existing = await db.Cases.FirstOrDefaultAsync(c => c.SourceSituationId == request.SituationId, cancellationToken);
        if (existing is not null)
        {
            existing.Replace(input with { Factors = existing.Factors }, references, now);
        }
        else
        {
            existing = PreventionCase.Create(input, references, request.OrganizationId, request.By, now);
            db.Cases.Add(existing);
        }
        await db.SaveChangesAsync(cancellationToken);
        return existing;
    }
}
