using System.Globalization;
using Microsoft.AspNetCore.Html;
using Vigil.Forecasting;

namespace Vigil.App.Pages.Forecasts;

/// <summary>How the pages write explaining predictors: label, value, signed push; "label (+0.42) RF1 RF3", HTML-encoded.</summary>
public static class Drivers
{
    /// <summary>The predictor's label in the UI language, its id when the catalog does not know it.</summary>
    public static string Label(string predictor) => PredictorCatalog.Find(predictor)?.Label.Current ?? predictor;

    /// <summary>A push in log-odds with its sign: "+0.42", "-0.10", "0.00".</summary>
    public static string Push(double contribution) => contribution.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    /// <summary>A predictor's value as the data holds it (log2 counts, shares, 0/1 flags).</summary>
    public static string Value(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"Battle deaths (log2) = 12.5 (+0.80), …" on one line, separated as the UI language does.</summary>
    public static IHtmlContent RenderValues(IEnumerable<ForecastDriver> drivers)
    {
        var html = new HtmlContentBuilder();
        foreach (var (d, i) in drivers.Select((d, i) => (d, i)))
        {
            if (i > 0)
            {
                html.Append(ForecastsText.ListSeparator);
            }
            html.AppendHtml("<span class=\"forecast-driver\" title=\"").Append(d.Predictor).AppendHtml("\">")
                .Append($"{Label(d.Predictor)} = {Value(d.Value)} ({Push(d.Contribution)})").AppendHtml("</span>");
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
