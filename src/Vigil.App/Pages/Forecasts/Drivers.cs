using System.Globalization;
using Microsoft.AspNetCore.Html;
using Vigil.Forecasting;

namespace Vigil.App.Pages.Forecasts;

/// <summary>Renders explaining predictors as "label (+0.42) RF1 RF3", HTML-encoded.</summary>
public static class Drivers
{
    public static IHtmlContent Render(IEnumerable<ForecastDriver> drivers)
    {
        var html = new HtmlContentBuilder();
        foreach (var d in drivers)
        {
            var label = PredictorCatalog.Find(d.Predictor)?.Label.Current ?? d.Predictor;
            html.AppendHtml("<span class=\"forecast-driver\" title=\"").Append(d.Predictor).AppendHtml("\">")
                .Append(label).Append(string.Create(CultureInfo.InvariantCulture, $" ({d.Contribution:+0.00;-0.00})"));
            foreach (var factor in d.RiskFactors)
            {
                html.AppendHtml(" <span class=\"tag\">").Append(factor).AppendHtml("</span>");
            }
            html.AppendHtml("</span><br />");
        }
        return html;
    }
}
