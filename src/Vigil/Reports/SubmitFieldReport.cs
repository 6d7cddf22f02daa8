using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Reports;

/// <summary>
/// Takes a field report from any channel. Idempotent by the client's id within the organisation: a resend (a phone that lost its
/// connection before the answer came, a gateway's retry) gets the report stored the first time, never a second one.
/// Admins, analysts, reviewers and monitors may submit; viewers may not.
/// </summary>
public sealed class SubmitFieldReport(IDbContextFactory<VigilDb> dbFactory, CurrentActor current, CountryCatalog countries, ReporterRecognition recognition,
    TimeProvider time)
{
    public sealed record Request(FieldReportDraft Draft, ReporterIdentity Reporter, string? RawSubmission = null,
        Classification Classification = Classification.Restricted, Guid? OrganizationId = null, bool NameSubmitter = true);

    public sealed record Result(FieldReport Report, bool Created);

    public static bool MaySubmit(Viewer viewer) => viewer.IsSystem || viewer.Role is Roles.Admin or Roles.Analyst or Roles.Reviewer or Roles.Monitor;

    public async Task<Result> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var viewer = current.Viewer;
        if (!MaySubmit(viewer))
        {
            throw new AccessDeniedException("Only monitors, reviewers, analysts and admins can submit field reports.");
        }
        var organization = viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId;
        var clientId = request.Draft.ClientId?.Trim() ?? "";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, organization, clientId, cancellationToken) is { } existing)
        {
            return new(existing, false);
        }
        var country = countries.Find(request.Draft.CountryIso3?.Trim())
            ?? throw new DomainRuleException("countryIso3", $"countryIso3: '{request.Draft.CountryIso3}' is not a known country (ISO 3166 alpha-3).");
        // A signed-in monitor's account is part of who reported; the command line and gateways name the reporter themselves.
        var reporter = viewer.IsSystem || !request.NameSubmitter || request.Reporter.Account is not null ? request.Reporter : request.Reporter with { Account = viewer.Name };
        var hash = await recognition.HashAsync(reporter, cancellationToken);
        var report = FieldReport.Receive(request.Draft with { CountryIso3 = country.Iso3 }, organization, request.Classification, reporter, hash,
            request.RawSubmission, time.GetUtcNow().UtcDateTime);
        db.FieldReports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same id sent twice at once: the other request stored it.
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await FindAsync(again, organization, clientId, cancellationToken) is { } stored ? new(stored, false) : throw new InvalidOperationException("The report could not be stored.");
        }
        return new(report, true);
    }

    private static Task<FieldReport?> FindAsync(VigilDb db, Guid? organization, string clientId, CancellationToken cancellationToken) =>
        db.FieldReports.AsNoTracking().Include(r => r.Harmed).Include(r => r.Attachments)
            .FirstOrDefaultAsync(r => r.OrganizationId == organization && r.ClientId == clientId, cancellationToken);
}
