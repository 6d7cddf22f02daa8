using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;
using Vigil.App.Cli;

namespace Vigil.Tests.Cli;

/// <summary>
/// The `vigil` verbs as a user runs them, on a temporary data directory. They print to the process-wide console (a new key's
/// id, say), so the class is in the console collection: nothing it prints lands in another test's capture.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "vigil-cli-tests", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private Task<int> Run(params string[] args) => VigilCli.RunAsync([.. args, "--data-dir", _dir]);

    [Fact]
    public async Task Demo_NoServe_CreatesTheTrainingCaseOnce()
    {
        Assert.Equal(0, await Run("demo", "--no-serve"));
        Assert.Equal(0, await Run("demo", "--no-serve"));
        var options = new DbContextOptionsBuilder<VigilDb>();
        new DatabaseTarget(_dir, null).Configure(options);
        await using var db = new VigilDb(options.Options);
        var examples = await db.Assessments.Where(a => a.IsExample).OrderBy(a => a.VersionNumber).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([1, 2], examples.Select(a => a.VersionNumber));
        Assert.All(examples, a => Assert.Equal("XTA", a.CountryIso3));
        Assert.Equal(AssessmentStatus.Approved, examples[0].Status);
        // The demo's field reports, once however often it runs, every one labelled fictional.
        var reports = await db.Set<Vigil.Reports.FieldReport>().Select(r => r.Text).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(12, reports.Count);
        Assert.All(reports, text => Assert.StartsWith("[Fictional demo report]", text, StringComparison.Ordinal));

        var exported = Path.Combine(_dir, "example.md");
        Assert.Equal(0, await Run("assessments", "export", examples[1].Id.ToString(), "--format", "md", "--out", exported));
        Assert.Contains("Fictional training example", await File.ReadAllTextAsync(exported, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysRotate_ActivateIn_StagesTheKeyAndRefusesOutOfRange()
    {
        Assert.Equal(VigilCli.Ok, await Run("keys", "rotate", "--activate-in", "48"));
        var activations = Directory.GetFiles(Path.Combine(_dir, "keys"), "key-*.xml")
            .Select(f => System.Xml.Linq.XDocument.Load(f).Root!.Element("activationDate")!.Value)
            .Select(v => DateTimeOffset.Parse(v, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Contains(activations, a => a > DateTimeOffset.UtcNow.AddHours(47) && a < DateTimeOffset.UtcNow.AddHours(49));
        Assert.Equal(VigilCli.BadInput, await Run("keys", "rotate", "--activate-in", "-1"));
    }

    [Fact]
    public async Task FrameworkExportImport_NewVersion_IsStoredAndSameVersionRefused()
    {
        var file = Path.Combine(_dir, "framework.json");
        Directory.CreateDirectory(_dir);
        Assert.Equal(0, await Run("framework", "export", "--out", file));
        var json = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(14, JsonDocument.Parse(json).RootElement.GetProperty("riskFactors").GetArrayLength());

        Assert.Equal(1, await Run("framework", "import", file)); // same version: refused, exit 1

        await File.WriteAllTextAsync(file, json.Replace("\"version\": \"2014.2\"", "\"version\": \"2014.9\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        Assert.Equal(0, await Run("framework", "import", file));
    }

    [Fact]
    public async Task FrameworkImportText_PreviewStoresNothing_ConfirmStores_GapExitsWithOne()
    {
        Directory.CreateDirectory(_dir);
        var file = Path.Combine(_dir, "rf14.csv");
        var export = Path.Combine(_dir, "after.json");
        await File.WriteAllTextAsync(file, "riskFactor,number,text_en,text_zh\nRF14,1,First,第一\nRF14,3,Third,\n", TestContext.Current.CancellationToken);
        Assert.Equal(1, await Run("framework", "import-text", file)); // 14.2 missing

        await File.WriteAllTextAsync(file, "riskFactor,number,text_en,text_zh\nRF14,1,First,第一\nRF14,2,Second,\n", TestContext.Current.CancellationToken);
        Assert.Equal(0, await Run("framework", "import-text", file, "--version", "cli-official"));
        Assert.Equal(1, await Run("framework", "export", "--version", "cli-official", "--out", export));

        Assert.Equal(0, await Run("framework", "import-text", file, "--version", "cli-official", "--confirm"));
        Assert.Equal(0, await Run("framework", "export", "--version", "cli-official", "--out", export));
        Assert.Contains("\"First\"", await File.ReadAllTextAsync(export, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrameworkImport_BrokenFile_ExitsWithOne()
    {
        Directory.CreateDirectory(_dir);
        var file = Path.Combine(_dir, "broken.json");
        await File.WriteAllTextAsync(file, """{ "id": "un-foa", "version": "9", "riskFactors": [ { "id": "RF1" } ] }""", TestContext.Current.CancellationToken);
        Assert.Equal(1, await Run("framework", "import", file));
    }

    [Fact]
    public async Task Demo_WithSampleData_LoadsEventsAlertsAndAForecast()
    {
        SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv"); // skips when the shared data are absent
        var shared = SharedData.Root!;
        Assert.Equal(0, await Run("demo", "--no-serve", "--sample-data", shared));

        var options = new DbContextOptionsBuilder<VigilDb>();
        new DatabaseTarget(_dir, null).Configure(options);
        await using var db = new VigilDb(options.Options);
        var ct = TestContext.Current.CancellationToken;
        Assert.True(await db.Set<Vigil.Events.Event>().CountAsync(e => e.CountryIso3 == "CAF", ct) > 6000);
        Assert.Contains(await db.Set<Vigil.Alerts.Alert>().Select(a => a.CountryIso3).ToListAsync(ct), c => c == "CAF");
        Assert.True(await db.Set<Vigil.Forecasting.ForecastRun>().AnyAsync(ct));
    }

    [Fact]
    public async Task UsersAdd_MustChangePasswordOption_OnlyThatUserFlaggedAndDemoAdminNot()
    {
        var stdin = Console.In;
        try
        {
            Console.SetIn(new StringReader("an operator's own passphrase\n"));
            Assert.Equal(0, await Run("users", "add", "--email", "op@example.org", "--org", "OSAPG", "--role", "admin", "--password-stdin"));
            Console.SetIn(new StringReader("a temporary one to hand over\n"));
            Assert.Equal(0, await Run("users", "add", "--email", "field@example.org", "--org", "OSAPG", "--role", "monitor", "--password-stdin", "--must-change-password"));
        }
        finally
        {
            Console.SetIn(stdin);
        }
        Assert.Equal(0, await Run("demo", "--no-serve"));

        var options = new DbContextOptionsBuilder<VigilDb>();
        new DatabaseTarget(_dir, null).Configure(options);
        await using var db = new VigilDb(options.Options);
        var flagged = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.MustChangePassword, TestContext.Current.CancellationToken);
        // The demo sets a new password at every start, so a chosen one would not last: its admin is not held to change it.
        Assert.Equal(new Dictionary<string, bool> { ["op@example.org"] = false, ["field@example.org"] = true, [DemoCommand.DemoAdmin] = false }, flagged);
    }

    [Fact]
    public async Task UnknownVerb_IsAUsageError()
    {
        Assert.Equal(2, await Run("no-such-verb"));
    }

    [Fact]
    public async Task Help_NamesTheCommandUsersType()
    {
        var output = new StringWriter();
        var exit = await VigilCli.CreateRoot().Parse(["events", "--help"]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output },
            TestContext.Current.CancellationToken);
        Assert.Equal(0, exit);
        Assert.Contains("vigil events [command] [options]", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Vigil.App", output.ToString(), StringComparison.Ordinal);
    }
}
