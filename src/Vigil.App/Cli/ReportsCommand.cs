using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Reports;
using Vigil.Reports.Verification;
using Vigil.Security;

namespace Vigil.App.Cli;

/// <summary>`vigil reports import|list|verify`: field reports from a KoboToolbox or ODK Central CSV export, the list, and a reviewer's verdict.</summary>
public static class ReportsCommand
{
    public static Command Create()
    {
        var command = new Command("reports", "Field reports from community monitors");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Verify());
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV export of submissions from KoboToolbox or ODK Central (',' or ';' separated, a header row)" };
        var form = new Option<string>("--form") { Description = "The form's id, recorded on every report", Required = true };
        var organization = OrganizationOption.Create("reports");
        var import = new Command("import", "Import the submissions of a Kobo/ODK CSV export; rows imported before (same _uuid or instanceID) are skipped");
        import.Arguments.Add(file);
        import.Options.Add(form);
        import.Options.Add(organization);
        import.SetAction(async (parse, ct) =>
        {
            var path = InputFileException.Existing(parse.GetValue(file)!);
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var owner = await OrganizationOption.FindAsync(scope.ServiceProvider, parse.GetValue(organization), ct);
            ImportReportCsv.Result result;
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<ImportReportCsv>().RunAsync(path.FullName, parse.GetValue(form), owner, ct);
            }
            catch (DomainRuleException rule)
            {
                // "export.csv: line 7: occurred_on: '31/02/2026' is not a date …"
                throw new InputFileException($"{path.Name}: {rule.Message}");
            }
            Console.WriteLine($"{path.Name}: {result.Added} reports added, {result.AlreadyStored} already stored");
            return VigilCli.Ok;
        });
        return import;
    }

    private static Command List()
    {
        var country = new Option<string>("--country") { Description = "ISO3 code", Required = true };
        var status = new Option<string?>("--status") { Description = "unverified, verified, unconfirmed, false or duplicate" };
        var list = new Command("list", "List a country's field reports, newest first: id, when it happened, place, status, network, text");
        list.Options.Add(country);
        list.Options.Add(status);
        list.SetAction(async (parse, ct) =>
        {
            // The API's filter and query; the CLI acts as the system, so it sees every report and its exact point.
            var filter = FieldReportFilter.Parse(parse.GetValue(country), parse.GetValue(status), null, null, null, null, FieldReportQueries.MaxLimit);
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var reports = await services.GetRequiredService<FieldReportQueries>().ListAsync(Viewer.System, filter, ct);
            foreach (var r in reports)
            {
                var place = string.Join(" / ", new[] { r.Location.Admin1, r.Location.Admin2 }.OfType<string>());
                var text = r.Text.ReplaceLineEndings(" ");
                Console.WriteLine(string.Join('\t', r.Id.ToString(), r.OccurredAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.CountryIso3,
                    place.Length == 0 ? "-" : place, VerifyReport.Word(r.Status), r.Network is { } n ? SubmissionFields.KebabOf(n.ToString()) : "-",
                    text.Length <= 80 ? text : text[..80] + "…"));
            }
            Console.Error.WriteLine($"{reports.Count} reports");
            return VigilCli.Ok;
        });
        return list;
    }

    private static Command Verify()
    {
        var id = new Argument<Guid>("id") { Description = "The report's id (from `vigil reports list`)" };
        var status = new Option<string>("--status") { Description = "verified, unconfirmed, false or duplicate (with --duplicate-of); unverified reopens", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why: what was checked, with whom", Required = true };
        var reliability = new Option<string?>("--reliability") { Description = "The source's reliability, A–F (with --credibility)" };
        var credibility = new Option<int?>("--credibility") { Description = "The information's credibility, 1–6 (with --reliability)" };
        var duplicateOf = new Option<Guid?>("--duplicate-of") { Description = "With --status duplicate: the report this one retells (both are kept)" };
        var by = new Option<string?>("--by") { Description = "The reviewer's name for the record (default: the system)" };
        var verify = new Command("verify", "Set a report's status with a reason, as a reviewer does in the queue; verified reports become field events");
        verify.Arguments.Add(id);
        foreach (var option in new Option[] { status, reason, reliability, credibility, duplicateOf, by })
        {
            verify.Options.Add(option);
        }
        verify.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var reportId = parse.GetValue(id);
            var word = parse.GetValue(status)!.Trim();
            ReportReview? review;
            if (string.Equals(word, VerifyReport.Word(ReportStatus.Duplicate), StringComparison.OrdinalIgnoreCase))
            {
                var original = parse.GetValue(duplicateOf) ?? throw new DomainRuleException("duplicate-of", "--duplicate-of: required with --status duplicate (the report this one retells).");
                review = await scope.ServiceProvider.GetRequiredService<MergeDuplicate>().RunAsync(new(reportId, original, parse.GetValue(reason), parse.GetValue(by)), ct);
            }
            else
            {
                if (parse.GetValue(duplicateOf) is not null)
                {
                    throw new DomainRuleException("duplicate-of", "--duplicate-of: only with --status duplicate.");
                }
                review = await scope.ServiceProvider.GetRequiredService<VerifyReport>().RunAsync(
                    new(reportId, word, parse.GetValue(reason), parse.GetValue(reliability), parse.GetValue(credibility), parse.GetValue(by)), ct);
            }
            if (review is null)
            {
                throw new DomainRuleException("id", $"id: no report {reportId}.");
            }
            Console.WriteLine($"{reportId}: {VerifyReport.Word(review.Status)}" + (review.DuplicateOfId is { } of ? $" (duplicate of {of})" : ""));
            return VigilCli.Ok;
        });
        return verify;
    }
}
