using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.App.Hosting;
using Vigil.Assessment;
using Vigil.Storage;

namespace Vigil.App.Cli;

public static class DemoCommand
{
    public static Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Prepare the demo data and exit" };
        var command = new Command("demo", "Prepare a data directory with reference data and a fictional training case, then serve");
        command.Options.Add(ServeCommand.Urls);
        command.Options.Add(noServe);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = StoreOptions.Target(parse);
            RiskAssessment example;
            await using (var services = await StoreOptions.OpenAsync(parse, cancellationToken))
            await using (var scope = services.CreateAsyncScope())
            {
                example = await TrainingCase.EnsureAsync(
                    scope.ServiceProvider.GetRequiredService<VigilDb>(),
                    scope.ServiceProvider.GetRequiredService<AssessmentEditing>(),
                    scope.ServiceProvider.GetRequiredService<AssessmentReview>(),
                    cancellationToken);
            }
            var url = parse.GetValue(ServeCommand.Urls)!.Split(';')[0].TrimEnd('/');
            AnsiConsole.MarkupLine($"[green]Demo data ready[/] in {Markup.Escape(target.Describe())}");
            AnsiConsole.MarkupLine($"Example (fictional training case): {Markup.Escape(url)}/assessments/{example.Id}");
            if (parse.GetValue(noServe))
            {
                return VigilCli.Ok;
            }
            AnsiConsole.MarkupLine($"Open [link]{Markup.Escape(url)}[/] — Ctrl+C stops the server.");
            var app = await VigilWebHost.BuildAsync(target, parse.GetValue(ServeCommand.Urls)!, cancellationToken);
            await app.RunAsync();
            return VigilCli.Ok;
        });
        return command;
    }
}
