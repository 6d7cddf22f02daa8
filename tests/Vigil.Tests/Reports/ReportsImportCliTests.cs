using Microsoft.Data.Sqlite;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Reports;

/// <summary>`vigil reports import` on a KoboToolbox export as Kobo writes it (';' separated, groups joined by '/').</summary>
[Collection(ConsoleCapture.Name)]
public sealed class ReportsImportCliTests : IDisposable
{
    private const string Header = "start;end;what;occurred_on;place/country;place/admin1;place/admin2;place/location;_location_latitude;_location_longitude;harmed/women;harmed/boys;perpetrator;warning_signs;hate_speech;network;meta/instanceID;_uuid;_submission_time";

    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task Import_KoboExportTwice_AddsOnceThenSkips()
    {
        var file = _temp.Write("kobo.csv",
        [
            Header,
            "2026-03-01T09:00:00.000+03:00;2026-03-01T09:05:00.000+03:00;Houses burned in the night;2026-02-28;SDN;North Darfur;Kutum;14.2 24.6 0 5;14.2;24.6;2;1;militia;7.5 10.7;no;youth-group;uuid:aaaa-1;aaaa-1;2026-03-01T06:06:00",
            "2026-03-02T09:00:00.000+03:00;2026-03-02T09:05:00.000+03:00;\"Road blocked; aid trucks turned back\";2026-03-02;SDN;Blue Nile;;;;;;;unknown;13.8;no;;uuid:bbbb-2;bbbb-2;2026-03-02T06:06:00",
        ]);
        var data = _temp.File("store");

        var (first, firstOut) = await ConsoleCapture.RunAsync("reports", "import", file, "--form", "incident", "--data-dir", data);
        var (second, secondOut) = await ConsoleCapture.RunAsync("reports", "import", file, "--form", "incident", "--data-dir", data);

        Assert.Equal(0, first);
        Assert.Contains("2 reports added, 0 already stored", firstOut, StringComparison.Ordinal);
        Assert.Equal(0, second);
        Assert.Contains("0 reports added, 2 already stored", secondOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadDate_ExitsWithOneNamingFileLineAndField()
    {
        var file = _temp.Write("bad.csv", [Header, ";;Shots;31/02/2026;SDN;;;;;;;;;;no;;uuid:cccc-3;cccc-3;"]);

        var (exit, output) = await ConsoleCapture.RunAsync("reports", "import", file, "--form", "incident", "--data-dir", _temp.File("store"));

        Assert.Equal(1, exit);
        Assert.Contains("bad.csv: line 2: occurred_on: '31/02/2026'", output, StringComparison.Ordinal);
    }
}
