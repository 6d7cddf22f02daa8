using System.Globalization;
using Microsoft.AspNetCore.Html;
using Vigil.Forecasting;

namespace Vigil.App.Pages.Forecasts;

/// <summary>
/// How the pages write explaining predictors: label, value in natural units, signed push; "label (+0.42) RF1 RF3",
/// HTML-encoded. The raw value the model used (log2, square root) stays in the element's title.
/// </summary>
public static class Drivers
{
    /// <summary>The predictor's label in the UI language, its id when the catalog does not know it.</summary>
    public static string Label(string predictor) => PredictorCatalog.Find(predictor)?.Label.Current ?? predictor;

    /// <summary>A push in log-odds with its sign: "+0.42", "-0.10", "0.00".</summary>
    public static string Push(double contribution) => contribution.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    /// <summary>A predictor's value as the data holds it (log2 counts, shares, 0/1 flags).</summary>
    public static string Value(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"2", "50.4 million", "yes": the value in natural units in the UI language (<see cref="Predictor.NaturalText"/>).</summary>
    public static string Natural(ForecastDriver driver) =>
        PredictorCatalog.Find(driver.Predictor)?.NaturalText(driver.Value, CultureInfo.CurrentUICulture) ?? Value(driver.Value);

    /// <summary>"mk_ongoing_count_log2 = 1": the model's own name and value, for a title attribute.</summary>
    public static string Raw(ForecastDriver driver) => $"{driver.Predictor} = {Value(driver.Value)}";

    /// <summary>What the predictor measures, in plain words in the UI language; empty if the catalog does not know it.</summary>
    public static string Meaning(string predictor) => PredictorCatalog.Find(predictor)?.Meaning.Current ?? "";

    /// <summary>Why the driver pushes the way it does, where a reader would expect the opposite; null otherwise.</summary>
    public static string? DirectionNote(ForecastDriver driver) =>
        driver.Contribution < 0 ? PredictorCatalog.Find(driver.Predictor)?.DirectionNote?.Current : null;

    /// <summary>"Battle deaths: 4,684 (+0.80), …" on one line, separated as the UI language does.</summary>
    public static IHtmlContent RenderValues(IEnumerable<ForecastDriver> drivers)
    {
        var html = new HtmlContentBuilder();
        foreach (var (d, i) in drivers.Select((d, i) => (d, i)))
        {
            if (i > 0)
            {
                html.Append(ForecastsText.ListSeparator);
            }
            html.AppendHtml("<span class=\"forecast-driver\" title=\"").Append(Raw(d)).AppendHtml("\">")
                .Append(Localized.Format(ForecastsText.DriverValue, Label(d.Predictor), Natural(d), Push(d.Contribution))).AppendHtml("</span>");
        }
        return html;
    }

    public static IHtmlContent Render(IEnumerable<ForecastDriver> drivers)
    {
        var html = new HtmlContentBuilder();
        foreach (var d in drivers)
        {
            html.AppendHtml("<span class=\"forecast-driver\" title=\"").Append(d.Predictor).AppendHtml("\">")
                .Append(Label(d.Predictor)).Append($" ({Push(d.Contribution)})");
            foreach (var factor in d.RiskFactors)
            {
                html.AppendHtml(" <span class=\"tag\">").Append(factor).AppendHtml("</span>");
            }
            html.AppendHtml("</span><br />");
        }
        return html;
    }
}
