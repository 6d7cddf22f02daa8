using System.CommandLine;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Vigil.App.Cli;

public static class KeysCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List the Data Protection keys (ids and dates, never the key material)");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var table = new Table().AddColumns("Key", "Created", "Active from", "Expires", "Revoked");
            foreach (var key in services.GetRequiredService<IKeyManager>().GetAllKeys().OrderBy(k => k.CreationDate))
            {
                table.AddRow(key.KeyId.ToString(), $"{key.CreationDate:yyyy-MM-dd}", $"{key.ActivationDate:yyyy-MM-dd}", $"{key.ExpirationDate:yyyy-MM-dd}", key.IsRevoked ? "yes" : "");
            }
            AnsiConsole.Write(table);
            return VigilCli.Ok;
        });

        var rotate = new Command("rotate", "Create a new key and make it the one used for new data now; old keys stay to decrypt older data");
        var activateIn = new Option<int>("--activate-in")
        {
            Description = "Hours until the new key is used (default 0: at once). Several instances: 48, so that every instance has read it (each re-reads the key ring at least daily) before any uses it",
        };
        rotate.Options.Add(activateIn);
        rotate.SetAction(async (parse, ct) =>
        {
            var hours = parse.GetValue(activateIn);
            if (hours is < 0 or > 24 * 30)
            {
                AnsiConsole.MarkupLine("[red]error:[/] --activate-in: hours from 0 to 720.");
                return VigilCli.BadInput;
            }
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var activation = DateTimeOffset.UtcNow.AddHours(hours);
            var key = services.GetRequiredService<IKeyManager>().CreateNewKey(activation, activation.AddDays(90));
            AnsiConsole.MarkupLine(hours == 0
                ? $"[green]New key[/] {key.KeyId}, active now, expires {key.ExpirationDate:yyyy-MM-dd}. Restart running servers so they pick it up."
                : $"[green]New key[/] {key.KeyId}, used from {key.ActivationDate:yyyy-MM-dd HH:mm} UTC, expires {key.ExpirationDate:yyyy-MM-dd}. Running servers read it before then; no restart needed.");
            return VigilCli.Ok;
        });

        var command = new Command("keys", "Data Protection keys (they encrypt confidential fields, sessions and tokens)");
        command.Subcommands.Add(list);
        command.Subcommands.Add(rotate);
        return command;
    }
}
