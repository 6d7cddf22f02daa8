using System.CommandLine;
using Vigil.App.Hosting;

namespace Vigil.App.Cli;

public static class ServeCommand
{
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Addresses to listen on",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VIGIL_URLS") ?? "http://127.0.0.1:5080",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the web UI and the API");
        command.Options.Add(Urls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var app = await VigilWebHost.BuildAsync(StoreOptions.Target(parse), parse.GetValue(Urls)!, cancellationToken);
            await app.RunAsync();
            return VigilCli.Ok;
        });
        return command;
    }
}
