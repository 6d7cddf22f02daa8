using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Forecasting;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;
using Xunit;

namespace Vigil.Tests.Forecasting;

/// <summary>Forecast drivers as an analyst reads them: plain meanings, natural units, no time trend, a counter-intuitive push explained.</summary>
public sealed class PlainDriversTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    [Fact]
    public void Catalog_EveryPredictor_HasAMeaningInBothLanguagesAndOnlyYearTermsAreTheTimeTrend()
    {
        Assert.All(PredictorCatalog.All, p => Assert.False(string.IsNullOrWhiteSpace(p.Meaning.En) || string.IsNullOrWhiteSpace(p.Meaning.Zh), p.Id));
        Assert.All(PredictorCatalog.All.Where(p => p.Scale != PredictorScale.Flag), p => Assert.NotNull(p.Unit));
        Assert.Equal(["year_sq", "year"], PredictorCatalog.All.Where(p => p.IsTimeTrend).Select(p => p.Id));
        Assert.DoesNotContain(PredictorCatalog.All, p => p.Label.En.Contains("log2", StringComparison.Ordinal) && !p.IsTimeTrend);
    }

    [Theory]
    [InlineData("mk_ongoing_count_log2", 1.58496250072116, "2")]
    [InlineData("battledeaths.log2", 12.1938333325466, "4,684")]
    [InlineData("popsize.log2", 25.5883212786347, "50.4 million")]
    [InlineData("un_imr_sqrt", 6.10724160321172, "37.3 per 1,000 live births")]
    [InlineData("countryage.new.log2", 6.10852445677817, "68 years")]
    [InlineData("year_sq", 4096576, "2024")]
    [InlineData("coup.try.5yr", 1, "yes")]
    [InlineData("discrimpop", 0.120000005, "12 %")]
    public void NaturalText_SudanIn2024_ReadsInNaturalUnits(string predictor, double value, string expected) =>
        Assert.Equal(expected, PredictorCatalog.Find(predictor)!.NaturalText(value, CultureInfo.InvariantCulture));

    [Fact]
    public void NaturalText_Chinese_UsesChineseUnits()
    {
        Assert.Equal("是", PredictorCatalog.Find("mk_ever")!.NaturalText(1, Chinese));
        Assert.Equal("68 年", PredictorCatalog.Find("countryage.new.log2")!.NaturalText(6.10852445677817, Chinese));
    }

    [Fact]
    public async Task CountryPageAndApi_TrendOnTop_ShowPlainDriversWithoutTheTrendAndExplainTheOngoingCount()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        PredictorContribution[] all =
        [
            new("year_sq", 4096576, 0.9), new("battledeaths.log2", 12.1938333325466, 0.8), new("year", 2024, -0.5),
            new("mk_ongoing_count_log2", 1, -0.3), new("popsize.log2", 25.5883212786347, -0.1),
        ];
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
        {
            // The model's own top lists, as a run stores them, hold the trend terms first.
            db.ForecastRuns.Add(new ForecastRun("ensemble", "test.csv", 2024, 100, DateTime.UtcNow,
                [new CountryForecast("Sudan", 625, "SDN", 2024, 0.3, 1, [all[0], all[1]], [all[2], all[3], all[4]], all)]));
            await db.SaveChangesAsync(ct);
        }
        var ongoing = PredictorCatalog.Find("mk_ongoing_count_log2")!;

        var html = WebUtility.HtmlDecode(await server.Client.GetStringAsync("/forecasts/SDN", ct));
        var drivers = html[html.IndexOf("forecast-drivers", StringComparison.Ordinal)..html.IndexOf("id=\"time-trend\"", StringComparison.Ordinal)];
        Assert.DoesNotContain("Year", drivers, StringComparison.Ordinal);
        Assert.Contains(PredictorCatalog.Find("battledeaths.log2")!.Meaning.En, drivers, StringComparison.Ordinal);
        Assert.Contains("<td title=\"battledeaths.log2 = 12.194\">4,684</td>", drivers, StringComparison.Ordinal);
        Assert.Contains(ongoing.DirectionNote!.En, drivers, StringComparison.Ordinal);
        Assert.Contains("Not listed: the time trend (year and year squared)", html, StringComparison.Ordinal);
        Assert.Contains("here it pushes +0.40", html, StringComparison.Ordinal);
        var chinese = WebUtility.HtmlDecode(await server.Client.GetStringAsync("/forecasts/SDN?culture=zh-Hans", ct));
        Assert.Contains(ongoing.Meaning.Zh, chinese, StringComparison.Ordinal);
        Assert.Contains(ongoing.DirectionNote!.Zh, chinese, StringComparison.Ordinal);
        Assert.DoesNotContain(ongoing.Meaning.En, chinese, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/forecasts/SDN", ct));
        var latest = json.RootElement.GetProperty("latest");
        // The raw fields stay as the model stored them; the explained ones leave the trend out.
        Assert.Equal("year_sq", latest.GetProperty("raisingRisk")[0].GetProperty("predictor").GetString());
        var up = Assert.Single(latest.GetProperty("raisingRiskExplained").EnumerateArray());
        Assert.Equal(("battledeaths.log2", 4684.0, "4,684"), (up.GetProperty("predictor").GetString(), up.GetProperty("naturalValue").GetDouble(),
            up.GetProperty("naturalText").GetString()));
        var down = latest.GetProperty("loweringRiskExplained").EnumerateArray().ToList();
        Assert.Equal(["mk_ongoing_count_log2", "popsize.log2"], down.Select(d => d.GetProperty("predictor").GetString()));
        Assert.Equal(ongoing.DirectionNote.En, down[0].GetProperty("directionNote").GetString());
        Assert.Equal(0.4, latest.GetProperty("timeTrend").GetDouble(), 9);
    }
}
