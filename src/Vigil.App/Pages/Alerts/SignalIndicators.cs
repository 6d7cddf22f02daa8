using Microsoft.AspNetCore.Html;
using Vigil.Assessment;

namespace Vigil.App.Pages.Alerts;

/// <summary>
/// The Framework of Analysis indicators a signal speaks to, as a reader can use them: each id with the indicator's
/// text in the page's language ("8.1 Security forces are suddenly sent in, or fighting breaks out."), HTML-encoded.
/// An id the framework does not know (an older or other framework) is shown as stored rather than dropped.
/// </summary>
public static class SignalIndicators
{
    /// <param name="indicators">The signal's ids separated by ';' (<see cref="Vigil.Alerts.Signal.Indicators"/>).</param>
    public static IHtmlContent Render(string indicators, FrameworkDefinition? framework)
    {
        var ids = indicators.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var html = new HtmlContentBuilder();
        if (ids.Length == 0)
        {
            return html;
        }
        html.AppendHtml("<ul class=\"signal-indicators\">");
        foreach (var id in ids)
        {
            html.AppendHtml("<li><span class=\"indicator-id\">").Append(id).AppendHtml("</span>");
            if (framework?.FindIndicator(id) is { } indicator)
            {
                html.Append(" ").Append(indicator.Text.Current);
            }
            html.AppendHtml("</li>");
        }
        return html.AppendHtml("</ul>");
    }
}
