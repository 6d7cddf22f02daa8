using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Reports.Forms;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Cli;

/// <summary>`vigil forms add|list`: the XForms monitors fill in (ODK Collect, KoboCollect, the web form).</summary>
public static class FormsCommand
{
    public static Command Create()
    {
        var command = new Command("forms", "Field-report forms (XForms): add a form or a new version of one, list the forms offered");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Add()
    {
        var file = new Argument<FileInfo>("file") { Description = "XForm file (ODK XForms XML; the form id and version are the instance root's id and version attributes)" };
        var organization = new Option<string?>("--organization") { Description = "Name of the organisation that owns the form (default: none; then only a public form is visible)" };
        var classification = new Option<Classification>("--classification")
        {
            Description = "Who may see the form: Public, Internal (default), Restricted or Confidential",
            DefaultValueFactory = _ => Classification.Internal,
        };
        var add = new Command("add", "Store an XForm; the same id and version again with other content is refused");
        add.Arguments.Add(file);
        add.Options.Add(organization);
        add.Options.Add(classification);
        add.SetAction(async (parse, ct) =>
        {
            var path = InputFileException.Existing(parse.GetValue(file)!);
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var owner = await OrganizationOption.FindAsync(scope.ServiceProvider, parse.GetValue(organization), ct);
            AddReportForm.Result result;
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<AddReportForm>()
                    .RunAsync(new AddReportForm.Request(await File.ReadAllTextAsync(path.FullName, ct), parse.GetValue(classification), owner), ct);
            }
            catch (DomainRuleException rule)
            {
                // "form.xml: Line 12: the instance's root element <data> has no version attribute."
                throw new InputFileException($"{path.Name}: {rule.Message}");
            }
            var form = result.Form;
            Console.WriteLine(result.Added
                ? $"{path.Name}: form {form.FormId} version {form.Version} added ({form.Title.En}; languages {form.Languages}; {form.OpenRosaHash})"
                : $"{path.Name}: form {form.FormId} version {form.Version} is stored already, unchanged");
            return VigilCli.Ok;
        });
        return add;
    }

    private static Command List()
    {
        var list = new Command("list", "The forms offered to monitors (newest version of each) and the stored versions");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
            Console.WriteLine("form id\tversion\ttitle\tlanguages\tclassification\tuploaded");
            foreach (var form in await db.ListCurrentFormsAsync(Viewer.System, ct))
            {
                var uploaded = form.IsBuiltIn ? "built in" : $"{form.UploadedAt:yyyy-MM-dd HH:mm} by {form.UploadedBy}";
                Console.WriteLine($"{form.FormId}\t{form.Version}\t{form.Title.En}\t{form.Languages}\t{form.Classification}\t{uploaded}");
            }
            return VigilCli.Ok;
        });
        return list;
    }
}
