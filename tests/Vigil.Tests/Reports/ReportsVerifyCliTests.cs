using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Reports;

/// <summary>`vigil reports list` and `vigil reports verify`: a reviewer's verdicts from the command line, through the API's use cases.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class ReportsVerifyCliTests : IDisposable
{
    private const string Header = "what;occurred_on;place/country;place/admin1;network;meta/instanceID";

    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private async Task<(string Data, Guid First, Guid Second)> TwoReportsAsync()
    {
        var file = _temp.Write("kobo.csv",
        [
            Header,
            "Houses burned in the night;2026-02-28;SDN;North Darfur;youth-group;uuid:cli-1",
            "Houses were burned at night;2026-02-28;SDN;North Darfur;;uuid:cli-2",
        ]);
        var data = _temp.File("store");
        var (imported, _) = await ConsoleCapture.RunAsync("reports", "import", file, "--form", "incident", "--data-dir", data);
        Assert.Equal(0, imported);
        var (listed, output) = await ConsoleCapture.RunAsync("reports", "list", "--country", "SDN", "--data-dir", data);
        Assert.Equal(0, listed);
        // Output lines come joined by spaces: id, day, country, place, status, network, text — tab-separated.
        var ids = Regex.Matches(output, @"([0-9a-f]{8}-[0-9a-f-]{27})\t(?:[^\t]*\t){5}Houses (\w+)")
            .ToDictionary(m => m.Groups[2].Value == "burned" ? 1 : 2, m => Guid.Parse(m.Groups[1].Value));
        return (data, ids[1], ids[2]);
    }

    [Fact]
    public async Task Verify_VerifiedThenDuplicate_ListShowsEachStatus()
    {
        var (data, first, second) = await TwoReportsAsync();

        var (verified, verifiedOut) = await ConsoleCapture.RunAsync("reports", "verify", first.ToString(), "--status", "verified",
            "--reason", "Confirmed by two monitors", "--reliability", "B", "--credibility", "2", "--by", "Reviewer Ana", "--data-dir", data);
        var (merged, mergedOut) = await ConsoleCapture.RunAsync("reports", "verify", second.ToString(), "--status", "duplicate",
            "--duplicate-of", first.ToString(), "--reason", "Same night, same houses", "--data-dir", data);
        var (_, verifiedList) = await ConsoleCapture.RunAsync("reports", "list", "--country", "SDN", "--status", "verified", "--data-dir", data);
        var (_, duplicateList, counted) = await ConsoleCapture.RunCapturingErrorsAsync("reports", "list", "--country", "sdn", "--status", "duplicate", "--data-dir", data);

        Assert.Equal(0, verified);
        Assert.Contains($"{first}: verified", verifiedOut, StringComparison.Ordinal);
        Assert.Equal(0, merged);
        Assert.Contains($"{second}: duplicate (duplicate of {first})", mergedOut, StringComparison.Ordinal);
        Assert.Contains($"{first}\t2026-02-28\tSDN\tNorth Darfur\tverified\tyouth-group\tHouses burned in the night", verifiedList, StringComparison.Ordinal);
        Assert.DoesNotContain(second.ToString(), verifiedList, StringComparison.Ordinal);
        Assert.Contains($"{second}\t", duplicateList, StringComparison.Ordinal);
        Assert.Contains("1 reports", counted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--status", "maybe", "status: 'maybe' is not one of")]
    [InlineData("--status", "duplicate", "--duplicate-of: required")]
    [InlineData("--reliability", "B", "credibility: give the information's credibility")]
    public async Task Verify_BadInput_ExitsWithOneNamingTheField(string option, string value, string message)
    {
        var (data, first, _) = await TwoReportsAsync();
        string[] args = option == "--status"
            ? ["reports", "verify", first.ToString(), option, value, "--reason", "r", "--data-dir", data]
            : ["reports", "verify", first.ToString(), "--status", "verified", option, value, "--reason", "r", "--data-dir", data];

        var (exit, output) = await ConsoleCapture.RunAsync(args);
        var (_, unverified) = await ConsoleCapture.RunAsync("reports", "list", "--country", "SDN", "--status", "unverified", "--data-dir", data);

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains($"{first}\t", unverified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UnknownReport_ExitsWithOne()
    {
        var (data, _, _) = await TwoReportsAsync();
        var unknown = Guid.NewGuid();

        var (exit, output) = await ConsoleCapture.RunAsync("reports", "verify", unknown.ToString(), "--status", "verified", "--reason", "r", "--data-dir", data);

        Assert.Equal(1, exit);
        Assert.Contains($"no report {unknown}", output, StringComparison.Ordinal);
    }
}
