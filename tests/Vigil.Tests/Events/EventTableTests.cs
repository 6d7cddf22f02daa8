using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events.Browse;
using Vigil.Events.Import;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>The country event table: search, date filter, validated sort, paging and the CSV export with its HXL row.</summary>
public sealed class EventTableTests
{
    [Fact]
    public async Task SearchAndExport_CarBangui_PagesMatchingEventsAndExportsCsvWithHxlRow()
    {
        var car = SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv");
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        await server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([car]), null, ct);
        var search = server.Services.GetRequiredService<EventSearch>();
        var all = await search.PageAsync(EventQuery.Parse("CAF", null, null, null, null, 1, 50), ct);
        var bangui = await search.PageAsync(EventQuery.Parse("CAF", "BANGUI", "2013-01-01", "2013-12-31", "fatalities", 1, 50), ct);
        Assert.InRange(bangui.Total, 1, all.Total - 1);
        Assert.All(bangui.Events, e => Assert.Equal(2013, e.DateStart.Year));
        Assert.Equal(bangui.Events.OrderByDescending(e => e.FatalitiesBest ?? 0).Select(e => e.FatalitiesBest), bangui.Events.Select(e => e.FatalitiesBest));

        var html = await server.Client.GetStringAsync("/events/CAF?q=bangui&from=2013-01-01&to=2013-12-31&sort=fatalities&page=1", ct);
        Assert.Contains("id=\"event-table\"", html, StringComparison.Ordinal);
        Assert.Contains($"({bangui.Total} events)", html, StringComparison.Ordinal);
        var rejected = await server.Client.GetStringAsync("/events/CAF?sort=DROP%20TABLE&from=yesterday", ct);
        Assert.Contains("were not valid and were ignored: From, Sort", rejected, StringComparison.Ordinal);
        var chinese = WebUtility.HtmlDecode(await server.Client.GetStringAsync("/events/CAF?culture=zh-Hans", ct));
        Assert.Contains("搜索行为者、地点或备注", chinese, StringComparison.Ordinal);

        using var export = await server.Client.GetAsync("/events/CAF/export.csv?q=bangui&from=2013-01-01&to=2013-12-31", ct);
        export.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var csv = await export.Content.ReadAsStringAsync(ct);
        var lines = csv.Split('\n');
        Assert.Equal(EventCsv.Header, lines[0].TrimEnd('\r'));
        Assert.StartsWith("#meta+source,#event+id,#date+start", lines[1], StringComparison.Ordinal);
        Assert.Equal(bangui.Total, lines.Skip(2).Count(l => l.StartsWith("acled,", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/events/CAF/export.csv?sort=name;drop", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/events/ZZZ/export.csv", ct)).StatusCode);
    }

    [Theory]
    [InlineData("date", null, 1, 0)]
    [InlineData("bogus", "2020-13-01", 0, 3)]
    [InlineData("place", "2020-01-01", -3, 1)]
    public void Parse_Inputs_KeepsValidPartsAndNamesTheRest(string sort, string? from, int page, int problems)
    {
        var query = EventQuery.Parse("CAF", "  x  ", from, null, sort, page, null);
        Assert.Equal(problems, query.Problems.Count);
        Assert.Contains(query.Sort, EventQuery.Sorts);
        Assert.Equal(("x", Math.Max(1, page)), (query.Text, query.Page));
    }
}
