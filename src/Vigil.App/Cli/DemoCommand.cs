using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.App.Hosting;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Situations.Cases;
using Vigil.Storage;

namespace Vigil.App.Cli;

public static class DemoCommand
{
    public const string DemoOrganization = "Vigil demo (training)";
    public const string DemoAdmin = "demo-admin@vigil.local";

    /// <summary>Where the shared public data sets lie beside a clone of Vigil; the demo reads them from there when present.</summary>
    public const string DefaultSampleData = "../shared/data";

    public static Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Prepare the demo data and exit" };
        var sampleData = new Option<DirectoryInfo?>("--sample-data")
        {
            Description = $"Also load real public data from this folder: ACLED CAR and UCDP GED events (and so the actor register), escalation alerts, an EWP forecast run; default {DefaultSampleData} when it exists",
        };
        var noSampleData = new Option<bool>("--no-sample-data") { Description = "Do not load the real public data, even when the default folder exists" };
        var command = new Command("demo", "Prepare a data directory with reference data, a demo admin a fictional training case and the example case library, then serve");
        command.Options.Add(ServeCommand.Urls);
        command.Options.Add(noServe);
        var language = new Option<string>("--language")
        {
            Description = "Language the training case is written in: en or zh-Hans (its notes are data, stored in one language)",
            DefaultValueFactory = _ => "en",
        };
        command.Options.Add(sampleData);
        command.Options.Add(noSampleData);
        command.Options.Add(language);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var caseLanguage = parse.GetValue(language) is { } lang && lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-Hans" : "en";
            var target = StoreOptions.Target(parse);
            RiskAssessment example;
            string password;
            await using (var services = await StoreOptions.OpenAsync(parse, cancellationToken))
            await using (var scope = services.CreateAsyncScope())
            {
                var sp = scope.ServiceProvider;
                var org = await sp.GetRequiredService<AddOrganization>()
                    .FindOrRunAsync(new AddOrganization.Request(DemoOrganization, OrganizationKind.Un), cancellationToken);
                password = await ResetDemoAdminAsync(sp.GetRequiredService<AddUser>(), sp.GetRequiredService<UserManager<VigilUser>>(), cancellationToken);
                var uiCulture = System.Globalization.CultureInfo.CurrentUICulture;
                System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(caseLanguage);
                try
                {
                    example = await sp.GetRequiredService<TrainingCase>().EnsureAsync(org.Id, cancellationToken);
                }
                finally
                {
                    System.Globalization.CultureInfo.CurrentUICulture = uiCulture;
                }
                // Real historical cases, as example entries written for training with their public sources.
                await sp.GetRequiredService<ExampleCases>().EnsureAsync(org.Id, cancellationToken);
                await DemoSituation.EnsureAsync(sp, example, org.Id, cancellationToken);
                await DemoFieldReports.EnsureAsync(sp, org.Id, cancellationToken);
                await DemoSpeechPosts.EnsureAsync(sp, org.Id, cancellationToken);
                if (SampleFolder(parse.GetValue(sampleData), parse.GetValue(noSampleData)) is { } folder)
                {
                    AnsiConsole.MarkupLine($"Real public data from {Markup.Escape(folder.FullName)} (read in place; --no-sample-data skips it)");
                    await DemoSampleData.LoadAsync(sp, folder, cancellationToken);
                }
            }
            await SpeechModelCommand.EnsureDemoModelAsync(target.DataDirectory, cancellationToken);
            var url = parse.GetValue(ServeCommand.Urls)!.Split(';')[0].TrimEnd('/');
            AnsiConsole.MarkupLine($"[green]Demo data ready[/] in {Markup.Escape(target.Describe())}");
            // Plain lines: the console must not wrap a password or a link in the middle.
            Console.WriteLine($"Sign in as {DemoAdmin}");
            Console.WriteLine($"  password for this run: {password}");
            Console.WriteLine("  (a new one is generated each time the demo starts; there is no default password)");
            Console.WriteLine("  (demo only: this admin signs in without a second factor; every other admin must set up two-factor sign-in)");
            Console.WriteLine($"Example (fictional training case): {url}/assessments/{example.Id}");
            Console.WriteLine($"Case library (example entries written for training, with their public sources): {url}/cases");
            Console.WriteLine($"Example situation: {url}/situations");
            if (parse.GetValue(noServe))
            {
                return VigilCli.Ok;
            }
            Console.WriteLine($"Open {url} — Ctrl+C stops the server.");
            // The demo's admin is excepted from the two-factor rule for admins (its pages say so): a training session signs in with the printed password.
            var app = await VigilWebHost.BuildAsync(target, parse.GetValue(ServeCommand.Urls)!, cancellationToken,
                b => b.Configuration[$"{TwoFactorOptions.Section}:{nameof(TwoFactorOptions.ExemptUser)}"] = DemoAdmin);
            await app.RunAsync();
            return VigilCli.Ok;
        });
        return command;
    }

    private static DirectoryInfo? SampleFolder(DirectoryInfo? given, bool none) =>
        none ? null : given ?? (Directory.Exists(DefaultSampleData) ? new DirectoryInfo(DefaultSampleData) : null);

    private static async Task<string> ResetDemoAdminAsync(AddUser addUser, UserManager<VigilUser> users, CancellationToken cancellationToken)
    {
        var password = UserAccounts.GeneratePassword();
        var existing = await users.FindByEmailAsync(DemoAdmin);
        if (existing is null)
        {
            await addUser.RunAsync(new AddUser.Request(DemoAdmin, DemoOrganization, Roles.Admin, password, OrganizationKind.Un), cancellationToken);
        }
        else
        {
            // Not a temporary password to be changed (decision record 0013): the next start replaces any password chosen.
            existing.MustChangePassword = false;
            await users.RemovePasswordAsync(existing);
            await users.AddPasswordAsync(existing, password);
            await users.SetLockoutEndDateAsync(existing, null);
            await users.UpdateSecurityStampAsync(existing);
        }
        return password;
    }
}
