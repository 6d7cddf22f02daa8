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
        rotate.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var now = DateTimeOffset.UtcNow;
            var key = services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
            AnsiConsole.MarkupLine($"[green]New key[/] {key.KeyId}, active now, expires {key.ExpirationDate:yyyy-MM-dd}. Restart running servers so they pick it up.");
            return VigilCli.Ok;
        });

        var command = new Command("keys", "Data Protection keys (they encrypt confidential fields, sessions and tokens)");
        command.Subcommands.Add(list);
        command.Subcommands.Add(rotate);
        return command;
    }
}
