using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Assessment;
using Vigil.Events.Escalation;
using Vigil.Events.Import;
using Vigil.Tests.Infrastructure;
using Xunit;

namespace Vigil.Tests.Alerts;

/// <summary>A signal names the Framework indicators it speaks to by their text in the reader's language, not as bare codes.</summary>
public sealed class SignalIndicatorTextTests
{
    [Fact]
    public async Task AlertDetail_EventSignal_ShowsIndicatorTextInEnglishAndChinese()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var alert = await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow);
        var indicator = await IndicatorAsync(server, "7.8", ct);

        var english = WebUtility.HtmlDecode(await server.Client.GetStringAsync($"/alerts/{alert.Id}", ct));
        Assert.Contains("<span class=\"indicator-id\">7.8</span> " + indicator.Text.En, english, StringComparison.Ordinal);
        var chinese = WebUtility.HtmlDecode(await server.Client.GetStringAsync($"/alerts/{alert.Id}?culture=zh-Hans", ct));
        Assert.Contains("<span class=\"indicator-id\">7.8</span> " + indicator.Text.Zh, chinese, StringComparison.Ordinal);
        Assert.DoesNotContain(indicator.Text.En, chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventsPage_EscalationSignals_ShowIndicatorTextNotBareCodes()
    {
        var car = SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv");
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        await server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([car]), null, ct);
        await server.Services.GetRequiredService<EscalationScan>().RunAsync(0, false, null, new EscalationOptions(), ct);
        var (fighting, radical) = (await IndicatorAsync(server, "8.1", ct), await IndicatorAsync(server, "13.3", ct));

        var english = WebUtility.HtmlDecode(await server.Client.GetStringAsync("/events/CAF", ct));
        Assert.Contains("<span class=\"indicator-id\">8.1</span> " + fighting.Text.En, english, StringComparison.Ordinal);
        Assert.Contains("<span class=\"indicator-id\">13.3</span> " + radical.Text.En, english, StringComparison.Ordinal);
        Assert.DoesNotContain("8.1, 13.3", english, StringComparison.Ordinal);
        var chinese = WebUtility.HtmlDecode(await server.Client.GetStringAsync("/events/CAF?culture=zh-Hans", ct));
        Assert.Contains("<span class=\"indicator-id\">13.3</span> " + radical.Text.Zh, chinese, StringComparison.Ordinal);
    }

    private static async Task<IndicatorDefinition> IndicatorAsync(TestServer server, string id, CancellationToken ct) =>
        (await server.Services.GetRequiredService<FrameworkCatalog>().LatestAsync(ct))!.FindIndicator(id)!;
}
