using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.Security;

namespace Vigil.App.Cli;

public static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "User accounts (there is no default account: create the first admin here)");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Disable());
        return command;
    }

    private static Command Add()
    {
        var email = new Option<string>("--email") { Description = "Sign-in e-mail", Required = true };
        var org = new Option<string>("--org") { Description = "Organisation name (created if it does not exist)", Required = true };
        var role = new Option<string>("--role") { Description = "admin, analyst, reviewer, monitor or viewer", Required = true };
        role.AcceptOnlyFromAmong(Roles.All);
        var orgKind = new Option<string>("--org-kind") { Description = "Kind of a new organisation: un, regional, national, civil-society", DefaultValueFactory = _ => "un" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password (at least 12 characters) from standard input", Required = true };
        var mustChange = new Option<bool>("--must-change-password")
        {
            Description = "The password is a temporary one for someone else: they must choose their own at first sign-in (as for users an admin adds)",
        };
        var add = new Command("add", "Add a user; the password is read from standard input so it never lands in shell history");
        add.Options.Add(email);
        add.Options.Add(org);
        add.Options.Add(role);
        add.Options.Add(orgKind);
        add.Options.Add(passwordStdin);
        add.Options.Add(mustChange);
        add.SetAction(async (parse, ct) =>
        {
            var password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                throw new DomainRuleException("password", "No password on standard input: echo it or pipe it into --password-stdin.");
            }
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<AddUser>().RunAsync(new AddUser.Request(
                parse.GetValue(email)!, parse.GetValue(org)!, parse.GetValue(role)!, password, Organization.ParseKind(parse.GetValue(orgKind)),
                MustChangePassword: parse.GetValue(mustChange)), ct);
            AnsiConsole.MarkupLine($"[green]Added[/] {Markup.Escape(user.Email!)} as {user.Role}"
                + (user.MustChangePassword ? " (must change the password at first sign-in)" : ""));
            return VigilCli.Ok;
        });
        return add;
    }

    private static Command List()
    {
        var list = new Command("list", "List users with organisation, role, state and last sign-in");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<ListUsers>().RunAsync(Viewer.System, ct);
            var table = new Table().AddColumns("E-mail", "Organisation", "Role", "State", "Last sign-in (UTC)");
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.Email), Markup.Escape(r.Organization), r.Role, r.State + (r.MustChangePassword ? ", must change password" : ""),
                    r.LastSignInAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "never");
            }
            AnsiConsole.Write(table);
            return VigilCli.Ok;
        });
        return list;
    }

    private static Command Disable()
    {
        var email = new Option<string>("--email") { Description = "The user's e-mail", Required = true };
        var disable = new Command("disable", "Disable a user and end all their sessions and tokens");
        disable.Options.Add(email);
        disable.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<DisableUser>().RunAsync(new DisableUser.ByEmail(parse.GetValue(email)!), ct);
            AnsiConsole.MarkupLine($"Disabled {Markup.Escape(user.Email!)}");
            return VigilCli.Ok;
        });
        return disable;
    }
}
