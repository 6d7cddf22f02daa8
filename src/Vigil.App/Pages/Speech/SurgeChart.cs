using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Vigil.Events;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Pages.Speech;

/// <summary>
/// A country's monthly hate and incitement posts as an inline SVG drawn on the server (no script, works offline): hate as bars,
/// incitement as a line, surge months marked; the table under it carries the same figures for screen readers.
/// </summary>
public static class SurgeChart
{
    private const int Width = 720, Height = 200, Left = 36, Bottom = 24, Top = 10;

    public static IHtmlContent Render(SurgeSeries series, IReadOnlyCollection<int> surgeMonths, string title)
    {
        var rows = series.Rows;
        var max = Math.Max(1, rows.Max(r => Math.Max(r.HatePosts, r.IncitementPosts)));
        var step = (Width - Left - 4) / (double)Math.Max(1, rows.Count);
        double Y(int v) => Top + (Height - Top - Bottom) * (1 - v / (double)max);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"surge-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{Top + 8}\" class=\"axis\">{max}</text><text x=\"2\" y=\"{Height - Bottom}\" class=\"axis\">0</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var x = Left + i * step;
            var surge = surgeMonths.Contains(rows[i].Month);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x + 1:0.#}\" y=\"{Y(rows[i].HatePosts):0.#}\" width=\"{Math.Max(1, step - 2):0.#}\" height=\"{Height - Bottom - Y(rows[i].HatePosts):0.#}\" class=\"{(surge ? "month surge" : "month")}\"/>");
            if (i % Math.Max(1, rows.Count / 8) == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{Height - 6}\" class=\"axis\">{YearMonth.Text(rows[i].Month)}</text>");
            }
        }
        svg.Append("<polyline class=\"incitement\" points=\"");
        for (var i = 0; i < rows.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"{Left + (i + 0.5) * step:0.#},{Y(rows[i].IncitementPosts):0.#} ");
        }
        svg.Append("\"/></svg>");
        return new HtmlString(svg.ToString());
    }
}
