using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Vigil.App.Documents;

/// <summary>
/// Writes a <see cref="DocumentModel"/> as one self-contained HTML page (inline styles, charts as styled tables, no script,
/// no outside request: a content security policy forbids them) with a print stylesheet, so a browser prints it as a
/// paged brief. Every text is HTML-encoded.
/// </summary>
public static class HtmlDocumentWriter
{
    // Chinese stays readable in the file; only what HTML needs (and what is unsafe) is encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
               font-size: 11pt; line-height: 1.5; color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
        .marking { text-align: center; font-weight: 700; letter-spacing: .05em; color: #8a1c1c; margin: 0 0 1rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
        h3 { font-size: 1rem; margin: 1rem 0 .3rem; break-after: avoid; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #bbb; padding-bottom: .2rem; break-after: avoid; }
        .meta { color: #555; margin: 0; }
        .notice { border-left: 4px solid #b36b00; background: #fff4e0; padding: .4rem .8rem; font-weight: 600; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
        th, td { border: 1px solid #ccc; padding: .25rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f0f0f0; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dt { font-weight: 700; } dd { margin: 0; overflow-wrap: anywhere; }
        figure { margin: .5rem 0; }
        table.chart { width: 100%; } table.chart caption { caption-side: bottom; text-align: left; color: #555; font-size: .9rem; }
        table.chart th, table.chart td { border: 0; background: none; font-weight: 400; font-size: .9rem; padding: .1rem .4rem; }
        table.chart th { text-align: right; width: 40%; }
        .bar { display: inline-block; height: .8rem; background: #8a1c1c; vertical-align: middle;
               -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .value { margin-left: .3rem; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          thead { display: table-header-group; }
          tr, figure, .notice, dl { break-inside: avoid; }
        }
        """;

    public static string Write(DocumentModel document)
    {
        var inv = CultureInfo.InvariantCulture;
        var html = new StringBuilder();
        html.Append(inv, $"<!DOCTYPE html>\n<html lang=\"{Encode(document.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(inv, $"<title>{Encode(document.Title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append(inv, $"<p class=\"marking\">{Encode(document.Marking)}</p>\n<h1>{Encode(document.Title)}</h1>\n");
        foreach (var line in document.Meta)
        {
            html.Append(inv, $"<p class=\"meta\">{Encode(line)}</p>\n");
        }
        foreach (var section in document.Sections)
        {
            html.Append(inv, $"<section>\n<h2>{Encode(section.Heading)}</h2>\n");
            foreach (var block in section.Blocks)
            {
                WriteBlock(html, block);
            }
            html.Append("</section>\n");
        }
        html.Append(inv, $"<p class=\"marking\">{Encode(document.Marking)}</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteBlock(StringBuilder html, DocumentBlock block)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (block)
        {
            case ParagraphBlock p:
                html.Append("<p>").AppendJoin("<br>", p.Text.ReplaceLineEndings("\n").Split('\n').Select(Encode)).Append("</p>\n");
                break;
            case SubheadingBlock h:
                html.Append(inv, $"<h3>{Encode(h.Text)}</h3>\n");
                break;
            case NoticeBlock n:
                html.Append(inv, $"<p class=\"notice\">{Encode(n.Text)}</p>\n");
                break;
            case BulletListBlock list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append(inv, $"<li>{Encode(item)}</li>\n");
                }
                html.Append("</ul>\n");
                break;
            case KeyValueBlock kv:
                html.Append("<dl>\n");
                foreach (var (key, value) in kv.Rows)
                {
                    html.Append(inv, $"<dt>{Encode(key)}</dt><dd>{Encode(value)}</dd>\n");
                }
                html.Append("</dl>\n");
                break;
            case TableBlock table:
                html.Append("<table>\n<thead><tr>");
                foreach (var cell in table.Header)
                {
                    html.Append(inv, $"<th scope=\"col\">{Encode(cell)}</th>");
                }
                html.Append("</tr></thead>\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append(inv, $"<td>{Encode(cell)}</td>");
                    }
                    html.Append("</tr>\n");
                }
                html.Append("</tbody>\n</table>\n");
                break;
            case BarChartBlock chart:
                WriteChart(html, chart);
                break;
            default:
                throw new ArgumentException($"No HTML for {block.GetType().Name}.", nameof(block));
        }
    }

    /// <summary>
    /// Horizontal bars as a table (labels wrap, nothing to measure, no script); the bar is a styled span sized in percent
    /// and the value is written beside it, so the chart reads without colour too.
    /// </summary>
    private static void WriteChart(StringBuilder html, BarChartBlock chart)
    {
        var inv = CultureInfo.InvariantCulture;
        html.Append(inv, $"<figure>\n<table class=\"chart\">\n<caption>{Encode(chart.Caption)}</caption>\n");
        foreach (var bar in chart.Bars)
        {
            // 85 % of the cell at most, so the value fits beside the longest bar.
            var percent = chart.Maximum <= 0 ? 0 : Math.Clamp(bar.Value / chart.Maximum, 0, 1) * 85;
            html.Append(inv, $"<tr><th scope=\"row\">{Encode(bar.Label)}</th><td><span class=\"bar\" style=\"width:{percent:0.#}%\"></span>");
            html.Append(inv, $"<span class=\"value\">{Encode(bar.ValueText)}</span></td></tr>\n");
        }
        html.Append("</table>\n</figure>\n");
    }

    private static string Encode(string text) => Encoder.Encode(text);
}
