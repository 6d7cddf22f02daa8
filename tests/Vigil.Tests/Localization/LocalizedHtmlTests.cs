using System.Globalization;
using Microsoft.AspNetCore.Html;
using Vigil.App.Pages.Forecasts;
using Vigil.App.Pages.Shared;
using Vigil.Forecasting;

namespace Vigil.Tests.Localization;

/// <summary>
/// Texts with markup in their placeholders, the change history's stored English values, the model card and the world map's
/// country names, read in Chinese.
/// </summary>
public sealed class LocalizedHtmlTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    [Fact]
    public void Format_MarkupAndTextArguments_KeepsTheMarkupAndEncodesTheRest()
    {
        var html = Html(LocalizedHtml.Format("<{1}> & {0}: {2}", LocalizedHtml.Code("vigil <run>"), LocalizedHtml.English("Burma"), 3));

        Assert.Equal("&lt;<span lang=\"en\">Burma</span>&gt; &amp; <code>vigil &lt;run&gt;</code>: 3", html);
    }

    [Fact]
    public void MarkCode_TextWithLiterals_PutsEachLiteralInCode()
    {
        var html = Html(LocalizedHtml.MarkCode("表 prepared.csv（LightGBM，LightGBM2）", ["LightGBM", "LightGBM2", "prepared.csv"]));

        Assert.Equal("表 <code>prepared.csv</code>（<code>LightGBM</code>，<code>LightGBM2</code>）", html);
    }

    [Fact]
    public void HistoryValue_StoredEnglishInChinese_ReadsInChinese()
    {
        var (inReview, copy, created, judged, title) = InCulture(Chinese, () => (
            Display.HistoryValue("submitted", "InReview"),
            Display.HistoryValue("created", "version 2, copied from version 1"),
            Display.HistoryValue("created", "SDN as of 2026-03-31"),
            Display.HistoryValue("judged", "present, severity 2"),
            Display.HistoryValue("evidence added", "Approved")));

        Assert.Equal("审核中", inReview);
        Assert.Equal("第 2 版，复制自第 1 版", copy);
        Assert.Equal("SDN，截至 2026-03-31", created);
        Assert.DoesNotContain("present", judged, StringComparison.Ordinal);
        Assert.Equal("Approved", title); // an evidence title that happens to be a status name stays as written
    }

    [Fact]
    public void ModelCard_InChinese_TranslatesTheTextsAndKeepsTheFigures()
    {
        var english = ModelCard.Current;
        var chinese = ModelCard.In(Chinese);

        // The API serves the English card, figures filled in from the default model's intervals.
        Assert.Equal("39 onsets in 31 years: the default's AUC could as well be anywhere from 0.82 to 0.89 and its recall@30 from 0.58 to 0.86 "
            + "(95 % intervals, years resampled); one onset moves recall@30 by 0.026.", english.Limits[0]);
        Assert.Contains("只有 39 次开始", chinese.Limits[0], StringComparison.Ordinal);
        Assert.Contains("0.82 至 0.89", chinese.Limits[0], StringComparison.Ordinal);
        Assert.Equal(english.Models.Select(m => (m.Name, m.Auc, m.RecallAt30)), chinese.Models.Select(m => (m.Name, m.Auc, m.RecallAt30)));
        Assert.All(chinese.Models.Select(m => m.Description).Append(chinese.Data).Append(chinese.Protocol).Concat(chinese.Limits),
            text => Assert.Empty(EnglishOnPage.Words(text, [.. ForecastModels.Names, .. ModelCard.Literals])));
    }

    [Fact]
    public void WorldMap_Shapes_KnownToTheCatalogueSaveDisputedTerritories()
    {
        Assert.SkipUnless(File.Exists(WorldMap.DefaultFile), "No map data: the build could not fetch world-atlas with npm.");

        var shapes = WorldMap.Load()!;

        Assert.Equal("苏丹", shapes.Single(s => s.Iso3 == "SDN").Country!.Name.In(Chinese));
        var unknown = shapes.Where(s => s.Country is null).Select(s => s.SourceName).ToList();
        Assert.True(unknown.Count <= 5, $"shapes the catalogue does not know: {string.Join(", ", unknown)}");
    }

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
