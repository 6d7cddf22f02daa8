using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Cli;

public static class OrgsCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Organisation name", Required = true };
        var kind = new Option<string>("--kind") { Description = "un, regional, national or civil-society", Required = true };
        kind.AcceptOnlyFromAmong("un", "regional", "national", "civil-society");
        var add = new Command("add", "Add an organisation");
        add.Options.Add(name);
        add.Options.Add(kind);
        add.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var org = await scope.ServiceProvider.GetRequiredService<AddOrganization>()
                .RunAsync(new AddOrganization.Request(parse.GetValue(name)!, Organization.ParseKind(parse.GetValue(kind))), ct);
            AnsiConsole.MarkupLine($"[green]Added[/] {Markup.Escape(org.Name)} ({org.Kind})");
            return VigilCli.Ok;
        });

        var owner = new Option<string>("--owner") { Description = "Organisation whose Internal records are shared", Required = true };
        var partner = new Option<string>("--with") { Description = "Organisation that may read them", Required = true };
        var share = new Command("share", "Let another organisation read your Internal records (Restricted and Confidential stay yours)");
        share.Options.Add(owner);
        share.Options.Add(partner);
        share.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ShareOrganization>().RunAsync(new ShareOrganization.Request(parse.GetValue(owner)!, parse.GetValue(partner)!), ct);
            AnsiConsole.MarkupLine($"{Markup.Escape(parse.GetValue(owner)!)} now shares Internal records with {Markup.Escape(parse.GetValue(partner)!)}");
            return VigilCli.Ok;
        });

        var list = new Command("list", "List organisations");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var orgs = await scope.ServiceProvider.GetRequiredService<VigilDb>().Organizations.AsNoTracking().ToListAsync(ct);
            var table = new Table().AddColumns("Name", "Kind");
            foreach (var o in orgs.OrderBy(o => o.Name))
            {
                table.AddRow(Markup.Escape(o.Name), o.Kind.ToString());
            }
            AnsiConsole.Write(table);
            return VigilCli.Ok;
        });

        var command = new Command("orgs", "Organisations and sharing");
        command.Subcommands.Add(add);
        command.Subcommands.Add(share);
        command.Subcommands.Add(list);
        return command;
    }
}
