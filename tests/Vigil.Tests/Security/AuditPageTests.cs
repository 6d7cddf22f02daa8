using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Alerts;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>/admin/audit: paged with the filter kept, each change field by field (encoded), sign-ins naming the user, alert reads named as reads.</summary>
public sealed class AuditPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_ManyEntries_PagedNewestFirstKeepingTheFilter()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
            // 120 entries of a type of their own, one a minute: entry 119 is the newest.
            db.AuditLog.AddRange(Enumerable.Range(0, 120).Select(i => new AuditEntry(start.AddMinutes(i), null, null, "system", null, "update",
                "PagedRecord", $"record-{i}", AuditScope.System, $$"""{"Number":{{i - 1}}}""", $$"""{"Number":{{i}}}""")));
            await db.SaveChangesAsync(Ct);
        }

        var first = await PageAsync(admin, "/admin/audit?recordType=PagedRecord");
        var second = await PageAsync(admin, "/admin/audit" + Next(first));
        var third = await PageAsync(admin, "/admin/audit" + Next(second));

        Assert.Equal(Enumerable.Range(70, 50).Reverse().Select(i => $"record-{i}"), RecordIds(first));
        Assert.Equal(Enumerable.Range(20, 50).Reverse().Select(i => $"record-{i}"), RecordIds(second));
        Assert.Equal(Enumerable.Range(0, 20).Reverse().Select(i => $"record-{i}"), RecordIds(third));
        Assert.Equal("?recordType=PagedRecord&p=2", Next(first));
        Assert.Null(Next(third));
        Assert.Equal("?recordType=PagedRecord&p=2", third.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Empty(RecordIds(await PageAsync(admin, "/admin/audit?recordType=PagedRecord&p=9")));
    }

    [Fact]
    public async Task Get_UpdatedRecord_ChangesFieldByFieldEncoded()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
            db.AuditLog.Add(new AuditEntry(DateTime.UtcNow, null, null, "system", null, "update", "DiffRecord", "r1", AuditScope.System,
                """{"Notes":"calm","Severity":2,"Title":"same","Frobnicated":false}""", """{"Notes":"<script>alert(1)</script>","Severity":3,"Title":"same","Frobnicated":true}"""));
            await db.SaveChangesAsync(Ct);
        }

        using var response = await admin.GetAsync("/admin/audit?recordType=DiffRecord", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var changes = Parse(html).QuerySelectorAll("#audit-log tbody .audit-changes li")
            .Select(li => (li.QuerySelector(".audit-field")?.TextContent, li.QuerySelector("del code")?.TextContent, li.QuerySelector("ins code")?.TextContent)).ToList();

        // The unchanged title is left out; the note's markup is text, not a script; common fields read in the page's language,
        // a field without a text as stored.
        Assert.Equal([("Frobnicated", "false", "true"), ("notes", "calm", "<script>alert(1)</script>"), ("severity", "2", "3")], changes);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        var zh = Parse(await admin.GetStringAsync("/admin/audit?recordType=DiffRecord&culture=zh-Hans", Ct));
        Assert.Equal(["Frobnicated", "备注", "严重程度"], zh.QuerySelectorAll("#audit-log tbody .audit-field").Select(f => f.TextContent));
        Assert.Equal("Severity", zh.QuerySelectorAll("#audit-log tbody .audit-field")[2].GetAttribute("data-field"));
    }

    [Fact]
    public void Of_CreateDeleteAndNotJson_ShowsOnlyTheSidesThatExist()
    {
        AuditEntry Entry(string action, string? before, string? after) =>
            new(DateTime.UtcNow, null, null, "system", null, action, "X", "1", AuditScope.System, before, after);

        Assert.Equal([new AuditChange("Name", null, "Kadugli"), new AuditChange("Size", null, "4")],
            AuditChange.Of(Entry("create", null, """{"Name":"Kadugli","Notes":null,"Size":4}""")));
        Assert.Equal([new AuditChange("Name", "Kadugli", null)], AuditChange.Of(Entry("delete", """{"Name":"Kadugli"}""", null)));
        Assert.Equal([new AuditChange("", "not json", "[1]")], AuditChange.Of(Entry("update", "not json", "[1]")));
    }

    [Fact]
    public async Task Get_SignInAndAlertRead_NameTheUserAndTheRead()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        // Signing in (here for a token) is an anonymous request that stores the analyst's sign-in time.
        using var analyst = await server.ClientForAsync("analyst@test.example", role: Roles.Analyst);
        var alert = await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow);
        _ = await admin.GetStringAsync($"/alerts/{alert.Id}", Ct);

        var users = await PageAsync(admin, "/admin/audit?recordType=VigilUser");
        var signIn = Rows(users).First(r => r[1] == "analyst@test.example");
        Assert.Equal("signed in", signIn[3]);
        Assert.DoesNotContain(Rows(users), r => r[1] == "anonymous");

        var reads = await PageAsync(admin, $"/admin/audit?recordType={nameof(AlertRead)}");
        var read = Assert.Single(Rows(reads));
        Assert.Equal("admin@test.example", read[1]);
        Assert.Equal("read", read[3]);
        Assert.StartsWith($"Alert {alert.Id}", read[4], StringComparison.Ordinal);
        Assert.NotNull(reads.QuerySelector($"#audit-log a[href='/alerts/{alert.Id}']"));
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient admin, string url) => Parse(await admin.GetStringAsync(url, Ct));

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string? Next(IHtmlDocument page) => page.QuerySelector("a[rel=next]")?.GetAttribute("href") is { } href ? href : null;

    private static List<string> RecordIds(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#audit-log tbody tr td:nth-child(5) > code").Select(c => c.TextContent)];

    private static List<string[]> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#audit-log tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => string.Join(' ', td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray())];
}
