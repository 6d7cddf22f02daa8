using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Assessment;

/// <summary>
/// Framework versions over real HTTP, once per database provider: the official-text import (its numbering check and change
/// list), each organisation's chosen version, and moving a draft to a newer version.
/// </summary>
public abstract class FrameworkVersionTests : ProviderServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An admin of the default client's organisation ("Test office", a UN organisation entitled to publish).</summary>
    private Task<HttpClient> AdminAsync() => Server.ClientForAsync("admin@test.example", "Test office", Roles.Admin);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {body}");
        return body;
    }

    private static async Task<JsonElement> PostCsvAsync(HttpClient client, string path, string csv, HttpStatusCode expected)
    {
        using var response = await client.PostAsync(path, new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);
        return await JsonAsync(response, expected);
    }

    private async Task<Dictionary<string, string>> TextsAsync(string version)
    {
        var framework = await Server.GetJsonAsync($"/api/v1/framework?version={version}");
        return framework.GetProperty("riskFactors").EnumerateArray().SelectMany(f => f.GetProperty("indicators").EnumerateArray())
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("text").GetProperty("en").GetString()!);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// An official list against 2014.1: RF3 gains a new 3.8 (old 3.8 and 3.9 move to 3.9 and 3.10) and 3.1 is reworded; RF12
    /// lists 12.1 and 12.2 only (12.3 removed); RF14 gets its first two indicators.
    /// </summary>
    private async Task<string> OfficialCsvAsync()
    {
        var t = await TextsAsync("2014.1");
        var csv = new StringBuilder("riskFactor,number,text_en,text_zh\n");
        csv.Append("RF3,1,\"Official wording of 3.1, with a comma and a \"\"quote\"\"\",正式文本\n");
        foreach (var n in Enumerable.Range(2, 6))
        {
            csv.Append($"RF3,{n},{Quote(t[$"3.{n}"])},\n");
        }
        csv.Append("RF3,8,Capacity to keep weapons and methods of warfare within international humanitarian law,\n");
        csv.Append($"RF3,3.9,{Quote(t["3.8"])},\n");
        csv.Append($"3,10,{Quote(t["3.9"])},\n");
        csv.Append($"RF12,1,{Quote(t["12.1"])},\nRF12,2,{Quote(t["12.2"])},\n");
        csv.Append("RF14,1,First official war-crimes indicator,\nRF14,2,\"Second, spanning\ntwo lines\",\n");
        return csv.ToString();
    }

    private static List<(string Kind, string? From, string? To)> Changes(JsonElement changes) =>
        changes.GetProperty("indicators").EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString()!, c.GetProperty("fromId").GetString(), c.GetProperty("toId").GetString())).ToList();

    [Fact]
    public async Task OfficialTextPreview_ListsEveryAddedRemovedRenumberedAndRewordedIndicator_StoresNothing()
    {
        using var admin = await AdminAsync();
        var versionsBefore = (await Server.GetJsonAsync("/api/v1/framework/versions")).GetArrayLength();

        var preview = await PostCsvAsync(admin, "/api/v1/framework/official-text/preview?baseVersion=2014.1&version=official-1", await OfficialCsvAsync(), HttpStatusCode.OK);

        Assert.False(preview.GetProperty("accepted").GetBoolean());
        Assert.Equal("2014.1", preview.GetProperty("baseVersion").GetString());
        Assert.Equal(
        [
            ("reworded", "3.1", "3.1"), ("added", null, "3.8"), ("renumbered", "3.8", "3.9"), ("renumbered", "3.9", "3.10"),
            ("removed", "12.3", null), ("added", null, "14.1"), ("added", null, "14.2"),
        ], Changes(preview.GetProperty("changes")));
        Assert.Equal(versionsBefore, (await Server.GetJsonAsync("/api/v1/framework/versions")).GetArrayLength());
    }

    [Fact]
    public async Task OfficialTextAccept_StoresVerifiedTextAsThePublishersChoiceOnly()
    {
        using var admin = await AdminAsync();
        using var other = await Server.ClientForAsync("analyst@other.example", "Other office");

        var accepted = await PostCsvAsync(admin, "/api/v1/framework/official-text?baseVersion=2014.1&version=official-2", await OfficialCsvAsync(), HttpStatusCode.Created);

        Assert.True(accepted.GetProperty("accepted").GetBoolean());
        var stored = await Server.GetJsonAsync("/api/v1/framework?version=official-2");
        var rf3 = stored.GetProperty("riskFactors").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "RF3");
        Assert.Equal(10, rf3.GetProperty("indicators").GetArrayLength());
        Assert.All(rf3.GetProperty("indicators").EnumerateArray(), i => Assert.Equal("verified", i.GetProperty("check").GetString()));
        Assert.Equal("Official wording of 3.1, with a comma and a \"quote\"", rf3.GetProperty("indicators")[0].GetProperty("text").GetProperty("en").GetString());
        Assert.Equal("Second, spanning\ntwo lines", stored.GetProperty("riskFactors")[13].GetProperty("indicators")[1].GetProperty("text").GetProperty("en").GetString());
        // The publisher's new assessments use it; another organisation's keep Vigil's version until its admin chooses.
        Assert.Equal("official-2", (await Server.GetJsonAsync("/api/v1/framework/choice")).GetProperty("version").GetString());
        using var otherChoice = await other.GetAsync("/api/v1/framework/choice", Ct);
        var otherVersion = await JsonAsync(otherChoice, HttpStatusCode.OK);
        Assert.Equal(FrameworkCatalog.ShippedVersion, otherVersion.GetProperty("version").GetString());
        Assert.False(otherVersion.GetProperty("chosen").GetBoolean());
        Assert.Equal("official-2", (await CreateAsync(Server.Client)).GetProperty("frameworkVersion").GetString());
        Assert.Equal(FrameworkCatalog.ShippedVersion, (await CreateAsync(other)).GetProperty("frameworkVersion").GetString());
    }

    [Theory]
    [InlineData("riskFactor,number,text\nRF3,1,x", 1, "header")]
    [InlineData("", 1, "riskFactor")]
    [InlineData("riskFactor,number,text_en,text_zh\nRF15,1,x,", 2, "riskFactor")]
    [InlineData("riskFactor,number,text_en,text_zh\nRF3,1,x,\nRF3,2,y,\nRF3,2,z,", 4, "number")]
    [InlineData("riskFactor,number,text_en,text_zh\nRF3,1,x,\nRF3,3,z,", 3, "number")]
    [InlineData("riskFactor,number,text_en,text_zh\nRF3,2,x,", 2, "number")]
    [InlineData("riskFactor,number,text_en,text_zh\nRF3,4.1,x,", 2, "number")]
    [InlineData("riskFactor,number,text_en,text_zh\nRF3,one,x,", 2, "number")]
    [InlineData("riskFactor,number,text_en,text_zh\nRF3,1,,", 2, "text_en")]
    [InlineData("riskFactor,number,text_en,text_zh\nRF3,1,x", 2, "text_zh")]
    [InlineData("riskFactor,number,text_en,text_zh\nRF3,1,x,\nRF3,2,\"open quote,", 3, "text_en")]
    public async Task OfficialTextPreview_BadFile_400NamingFileLineAndField(string csv, int line, string field)
    {
        using var admin = await AdminAsync();

        var problem = await PostCsvAsync(admin, "/api/v1/framework/official-text/preview", csv, HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.StartsWith($"request body: line {line}, field {field}: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficialText_NotUtf8_400NamingTheLine()
    {
        using var admin = await AdminAsync();
        var bytes = Encoding.UTF8.GetBytes("riskFactor,number,text_en,text_zh\nRF3,1,caf").Concat(new byte[] { 0xE9, 0x0A }).ToArray();

        using var response = await admin.PostAsync("/api/v1/framework/official-text/preview", new ByteArrayContent(bytes), Ct);
        var problem = await JsonAsync(response, HttpStatusCode.BadRequest);

        Assert.StartsWith("request body: line 2, field text: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChooseVersion_AnalystForbidden_AdminChoosesForOwnOrganisationOnly()
    {
        using var admin = await AdminAsync();
        using var forbidden = await Server.Client.PutAsJsonAsync("/api/v1/framework/choice", new { version = "2014.1" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var unknown = await admin.PutAsJsonAsync("/api/v1/framework/choice", new { version = "1999" }, Ct);
        Assert.Equal("version", (await JsonAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Single().Name);

        using var chosen = await admin.PutAsJsonAsync("/api/v1/framework/choice", new { version = "2014.1" }, Ct);

        Assert.Equal("2014.1", (await JsonAsync(chosen, HttpStatusCode.OK)).GetProperty("version").GetString());
        Assert.Equal("2014.1", (await CreateAsync(Server.Client)).GetProperty("frameworkVersion").GetString());
        using var other = await Server.ClientForAsync("analyst@third.example", "Third office");
        Assert.Equal(FrameworkCatalog.ShippedVersion, (await CreateAsync(other)).GetProperty("frameworkVersion").GetString());
    }

    [Fact]
    public async Task MoveDraft_CarriesJudgementsIndicatorByIndicator_ListsChangedAndDisappearedForReview()
    {
        using var admin = await AdminAsync();
        (await admin.PutAsJsonAsync("/api/v1/framework/choice", new { version = "2014.1" }, Ct)).Dispose();
        var draft = await CreateAsync(Server.Client);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal("2014.1", draft.GetProperty("frameworkVersion").GetString());
        await JudgeAsync(id, "1.1", new { status = "present", severity = 2, notes = "fighting in the north" });
        await JudgeAsync(id, "3.1", new { status = "present", severity = 1, notes = "treaties unratified" });
        await JudgeAsync(id, "3.8", new { status = "present", severity = 3, notes = "donors withdrew",
            evidence = new[] { new { title = "Donor report", reliability = "B", credibility = 2 } } });
        await JudgeAsync(id, "3.9", new { status = "absent" });
        await JudgeAsync(id, "12.3", new { status = "present", severity = 2, notes = "forced relocation" });
        (await PostCsvAsync(admin, "/api/v1/framework/official-text?baseVersion=2014.1&version=official-3", await OfficialCsvAsync(), HttpStatusCode.Created)).GetRawText();

        using var response = await Server.Client.PostAsJsonAsync($"/api/v1/assessments/{id}/framework", new { }, Ct);
        var move = await JsonAsync(response, HttpStatusCode.OK);

        Assert.Equal("2014.1", move.GetProperty("fromVersion").GetString());
        Assert.Equal("official-3", move.GetProperty("toVersion").GetString());
        Assert.Equal(4, move.GetProperty("carried").GetInt32());
        var review = move.GetProperty("toReview").EnumerateArray()
            .Select(r => (r.GetProperty("change").GetString(), r.GetProperty("fromId").GetString(), r.GetProperty("toId").GetString(), r.GetProperty("notes").GetString())).ToList();
        Assert.Equal(
        [
            ("reworded", "3.1", "3.1", "treaties unratified"), ("renumbered", "3.8", "3.9", "donors withdrew"), ("renumbered", "3.9", "3.10", null),
            ("removed", "12.3", null, "forced relocation"),
        ], review);
        var moved = await Server.GetJsonAsync($"/api/v1/assessments/{id}");
        Assert.Equal("official-3", moved.GetProperty("frameworkVersion").GetString());
        var indicators = moved.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal("fighting in the north", indicators["1.1"].GetProperty("notes").GetString());
        Assert.Equal("notAssessed", indicators["3.8"].GetProperty("status").GetString());
        Assert.Equal("donors withdrew", indicators["3.9"].GetProperty("notes").GetString());
        Assert.Equal("Donor report", indicators["3.9"].GetProperty("evidence")[0].GetProperty("title").GetString());
        Assert.Equal("absent", indicators["3.10"].GetProperty("status").GetString());
        Assert.False(indicators.ContainsKey("12.3"));
        Assert.Contains(moved.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "judgement dropped"
            && h.GetProperty("before").GetString()!.Contains("forced relocation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MoveDraft_Approved_RefusedWithTheRule_KeepsItsVersion()
    {
        using var admin = await AdminAsync();
        (await admin.PutAsJsonAsync("/api/v1/framework/choice", new { version = "2014.1" }, Ct)).Dispose();
        var id = (await CreateAsync(Server.Client)).GetProperty("id").GetGuid();
        (await Server.Client.PostAsync($"/api/v1/assessments/{id}/submit", null, Ct)).Dispose();
        (await JsonAsync(await admin.PostAsync($"/api/v1/assessments/{id}/approve", null, Ct), HttpStatusCode.OK)).GetRawText();
        (await admin.PutAsJsonAsync("/api/v1/framework/choice", new { version = FrameworkCatalog.ShippedVersion }, Ct)).Dispose();

        using var response = await Server.Client.PostAsJsonAsync($"/api/v1/assessments/{id}/framework", new { }, Ct);
        var problem = await JsonAsync(response, HttpStatusCode.Conflict);

        Assert.Equal("Only a draft can move to another framework version; this assessment is Approved and keeps framework version 2014.1.",
            problem.GetProperty("errors").GetProperty("status")[0].GetString());
        Assert.Equal("2014.1", (await Server.GetJsonAsync($"/api/v1/assessments/{id}")).GetProperty("frameworkVersion").GetString());
    }

    [Fact]
    public async Task MoveDraft_ToOlderVersion_Refused()
    {
        var id = (await CreateAsync(Server.Client)).GetProperty("id").GetGuid();

        using var response = await Server.Client.PostAsJsonAsync($"/api/v1/assessments/{id}/framework", new { version = "2014.1" }, Ct);

        Assert.Equal("version", (await JsonAsync(response, HttpStatusCode.Conflict)).GetProperty("errors").EnumerateObject().Single().Name);
    }

    [Fact]
    public async Task FrameworkChanges_ShippedCorrections_Rf1TitleAnd74Reworded()
    {
        var changes = (await Server.GetJsonAsync("/api/v1/framework/changes")).EnumerateArray()
            .Single(c => c.GetProperty("fromVersion").GetString() == "2014.1" && c.GetProperty("toVersion").GetString() == "2014.2");

        Assert.Equal("RF1", changes.GetProperty("titles").EnumerateArray().Single().GetProperty("riskFactorId").GetString());
        Assert.Equal([("reworded", "7.4", "7.4")], Changes(changes));
    }

    private async Task<JsonElement> CreateAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "Quarterly review", asOf = "2026-09-30" }, Ct);
        return await JsonAsync(response, HttpStatusCode.Created);
    }

    private async Task JudgeAsync(Guid id, string indicator, object body)
    {
        using var response = await Server.Client.PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/{indicator}", body, Ct);
        await JsonAsync(response, HttpStatusCode.OK);
    }
}

public sealed class FrameworkVersionSqliteTests : FrameworkVersionTests
{
    protected override Task<TestStore?> CreateStoreAsync() => Task.FromResult<TestStore?>(TestStore.Sqlite());
}

public sealed class FrameworkVersionPostgresTests : FrameworkVersionTests
{
    protected override Task<TestStore?> CreateStoreAsync() => TestStore.PostgresAsync();
}
