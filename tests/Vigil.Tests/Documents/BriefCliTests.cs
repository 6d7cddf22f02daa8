using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using Vigil.Assessment;
using Vigil.App.Cli;
using Vigil.Storage;

namespace Vigil.Tests.Documents;

/// <summary>`vigil assessments brief` end to end on the demo's training case, and the PDF written on a machine that has no font.</summary>
[Collection(Vigil.Tests.Infrastructure.ConsoleCapture.Name)]
public sealed class BriefCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "vigil-brief-tests", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private Task<int> Run(params string[] args) => VigilCli.RunAsync([.. args, "--data-dir", _dir]);

    private async Task<Guid> DemoAssessmentAsync()
    {
        Assert.Equal(0, await Run("demo", "--no-serve"));
        var options = new DbContextOptionsBuilder<VigilDb>();
        new DatabaseTarget(_dir, null).Configure(options);
        await using var db = new VigilDb(options.Options);
        return await db.Assessments.Where(a => a.IsExample).OrderByDescending(a => a.VersionNumber).Select(a => a.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Brief_EveryFormatAndLanguage_WritesTheBrief()
    {
        var id = (await DemoAssessmentAsync()).ToString();
        var ct = TestContext.Current.CancellationToken;

        var md = Path.Combine(_dir, "brief.md");
        Assert.Equal(0, await Run("assessments", "brief", id, "--format", "md", "--lang", "en", "--out", md));
        var markdown = await File.ReadAllTextAsync(md, ct);
        Assert.Contains("# Situation brief: Training case", markdown, StringComparison.Ordinal);
        Assert.Contains("## Uncovered risk factors", markdown, StringComparison.Ordinal);

        var html = Path.Combine(_dir, "brief.html");
        Assert.Equal(0, await Run("assessments", "brief", id, "--format", "html", "--lang", "zh", "--out", html));
        Assert.Contains("<html lang=\"zh-Hans\">", await File.ReadAllTextAsync(html, ct), StringComparison.Ordinal);

        var pdf = Path.Combine(_dir, "brief.pdf");
        Assert.Equal(0, await Run("assessments", "brief", id, "--format", "pdf", "--lang", "zh", "--out", pdf));
        using var document = PdfDocument.Open(await File.ReadAllBytesAsync(pdf, ct));
        var text = PdfDocumentWriterTests.Text(document);
        Assert.Contains("未覆盖的风险因素", text, StringComparison.Ordinal);
        Assert.Contains("塔尔瓦尼亚", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_UnknownAssessmentOrLanguage_IsRefused()
    {
        await DemoAssessmentAsync();
        Assert.Equal(1, await Run("assessments", "brief", Guid.NewGuid().ToString(), "--format", "md"));
        Assert.Equal(2, await Run("assessments", "brief", Guid.NewGuid().ToString(), "--lang", "fr"));
    }

    /// <summary>
    /// The brief's PDF is rendered in a process whose fontconfig knows no font at all (a machine without CJK fonts, or any
    /// font): the Chinese text still extracts, from the font Vigil ships.
    /// </summary>
    [Fact]
    public async Task BriefPdf_ProcessWithNoSystemFont_StillHasTheChineseText()
    {
        var id = (await DemoAssessmentAsync()).ToString();
        var ct = TestContext.Current.CancellationToken;
        var config = Path.Combine(_dir, "no-fonts.conf");
        await File.WriteAllTextAsync(config, """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig><cachedir>NOFONTS</cachedir></fontconfig>
            """.Replace("NOFONTS", Path.Combine(_dir, "fc-cache"), StringComparison.Ordinal), ct);
        if (await RunProcessAsync("fc-list", [":lang=zh"], config) is { } listed)
        {
            Assert.Equal("", listed.Trim()); // the precondition: this process would find no Chinese font
        }

        var pdf = Path.Combine(_dir, "brief.pdf");
        var app = Path.Combine(AppContext.BaseDirectory, "Vigil.App.dll");
        var output = await RunProcessAsync("dotnet", [app, "assessments", "brief", id, "--format", "pdf", "--lang", "zh", "--out", pdf, "--data-dir", _dir], config);
        Assert.True(File.Exists(pdf), output);

        using var document = PdfDocument.Open(await File.ReadAllBytesAsync(pdf, ct));
        Assert.Contains("预警情况", PdfDocumentWriterTests.Text(document), StringComparison.Ordinal);
    }

    /// <summary>Runs a program with fontconfig pointed at <paramref name="fontConfig"/>; null when the program is not installed.</summary>
    private static async Task<string?> RunProcessAsync(string program, string[] args, string fontConfig)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["FONTCONFIG_FILE"] = fontConfig;
        start.Environment["FONTCONFIG_PATH"] = Path.GetDirectoryName(fontConfig);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return await stdout + await stderr;
        }
    }
}
