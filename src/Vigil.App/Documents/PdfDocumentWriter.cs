using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Vigil.App.Documents;

/// <summary>
/// Writes a <see cref="DocumentModel"/> as an A4 PDF with PDFsharp (docs/decisions/0019-briefs-pdfsharp-bundled-font.md):
/// one embedded, subset font that holds Latin and Chinese, Unicode text (so it can be searched and copied), lines broken
/// for English and Chinese, headings kept with what follows, and tables whose header repeats on every page they run onto.
/// </summary>
public static class PdfDocumentWriter
{
    private static readonly Lock FontSetup = new();
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XBrush Text = XBrushes.Black;
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x55, 0x55, 0x55));
    private static readonly XBrush NoticeFill = new XSolidBrush(XColor.FromArgb(0xff, 0xf4, 0xe0));
    private static readonly XBrush NoticeBar = new XSolidBrush(XColor.FromArgb(0xb3, 0x6b, 0x00));
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(0xf0, 0xf0, 0xf0));
    private static readonly XBrush BarFill = new XSolidBrush(XColor.FromArgb(0x8a, 0x1c, 0x1c));
    private static readonly XPen Rule = new(XColor.FromArgb(0xbb, 0xbb, 0xbb), 0.6);

    private const double BodySize = 10, BodyLine = 15, TableSize = 9, TableLine = 13, CellPad = 4;

    public static byte[] Write(DocumentModel document)
    {
        UseBundledFont();
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "Vigil";
        // The document language, for screen readers and text extraction (PDF 1.4 catalog entry /Lang).
        pdf.Internals.Catalog.Elements.SetString("/Lang", document.Language);

        var fonts = new Fonts();
        var flow = new PdfPageFlow(pdf, document.Marking, document.Title);
        flow.Lines(flow.Wrap(document.Title, fonts.Title, flow.Width), fonts.Title, Text, flow.Left, 24);
        flow.Y += 4;
        foreach (var line in document.Meta)
        {
            flow.Lines(flow.Wrap(line, fonts.Meta, flow.Width), fonts.Meta, Muted, flow.Left, 13);
        }
        foreach (var section in document.Sections)
        {
            flow.Y += 12;
            var heading = flow.Wrap(section.Heading, fonts.Heading, flow.Width);
            // Keep a heading with at least three lines of what follows it.
            flow.Reserve(heading.Count * 18 + 6 + 3 * BodyLine);
            flow.Lines(heading, fonts.Heading, Text, flow.Left, 18);
            flow.Graphics.DrawLine(Rule, flow.Left, flow.Y + 1, flow.Left + flow.Width, flow.Y + 1);
            flow.Y += 6;
            foreach (var block in section.Blocks)
            {
                WriteBlock(flow, fonts, block);
                flow.Y += 5;
            }
        }
        flow.Finish(fonts.Meta);
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void WriteBlock(PdfPageFlow flow, Fonts fonts, DocumentBlock block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                flow.Lines(flow.Wrap(p.Text, fonts.Body, flow.Width), fonts.Body, Text, flow.Left, BodyLine);
                break;
            case SubheadingBlock h:
                var subheading = flow.Wrap(h.Text, fonts.Bold, flow.Width);
                flow.Y += 4;
                flow.Reserve(subheading.Count * BodyLine + 3 * BodyLine);
                flow.Lines(subheading, fonts.Bold, Text, flow.Left, BodyLine);
                break;
            case NoticeBlock n:
                var lines = flow.Wrap(n.Text, fonts.Bold, flow.Width - 16);
                flow.Reserve(lines.Count * BodyLine + 8);
                flow.Graphics.DrawRectangle(NoticeFill, flow.Left, flow.Y, flow.Width, lines.Count * BodyLine + 8);
                flow.Graphics.DrawRectangle(NoticeBar, flow.Left, flow.Y, 3, lines.Count * BodyLine + 8);
                flow.Y += 4;
                flow.Lines(lines, fonts.Bold, Text, flow.Left + 10, BodyLine);
                flow.Y += 4;
                break;
            case BulletListBlock list:
                foreach (var item in list.Items)
                {
                    var itemLines = flow.Wrap(item, fonts.Body, flow.Width - 14);
                    flow.Reserve(BodyLine);
                    flow.Graphics.DrawString("•", fonts.Body, Text, flow.Left + 2, flow.Y + (BodyLine - fonts.Body.Height) / 2, XStringFormats.TopLeft);
                    flow.Lines(itemLines, fonts.Body, Text, flow.Left + 14, BodyLine);
                }
                break;
            case KeyValueBlock kv:
                var keyWidth = Math.Min(flow.Width * 0.35, kv.Rows.Select(r => flow.Measure(r.Key, fonts.Bold)).DefaultIfEmpty(0).Max() + 12);
                foreach (var (key, value) in kv.Rows)
                {
                    var keyLines = flow.Wrap(key, fonts.Bold, keyWidth - 8);
                    var valueLines = flow.Wrap(value, fonts.Body, flow.Width - keyWidth);
                    flow.Reserve(Math.Max(keyLines.Count, valueLines.Count) * BodyLine);
                    var top = flow.Y;
                    flow.Lines(keyLines, fonts.Bold, Text, flow.Left, BodyLine);
                    var keyBottom = flow.Y;
                    flow.Y = top;
                    flow.Lines(valueLines, fonts.Body, Text, flow.Left + keyWidth, BodyLine);
                    flow.Y = Math.Max(flow.Y, keyBottom);
                }
                break;
            case TableBlock table:
                PdfTableWriter.Write(flow, table, fonts.Table, fonts.TableHeader, TableLine, CellPad, Rule, HeaderFill);
                break;
            case BarChartBlock chart:
                WriteChart(flow, fonts, chart);
                break;
            default:
                throw new ArgumentException($"No PDF for {block.GetType().Name}.", nameof(block));
        }
    }

    private static void WriteChart(PdfPageFlow flow, Fonts fonts, BarChartBlock chart)
    {
        const double row = 16;
        var labelWidth = Math.Min(flow.Width * 0.4, chart.Bars.Select(b => flow.Measure(b.Label, fonts.Table)).DefaultIfEmpty(0).Max() + 8);
        var valueWidth = chart.Bars.Select(b => flow.Measure(b.ValueText, fonts.Table)).DefaultIfEmpty(0).Max() + 6;
        var barWidth = flow.Width - labelWidth - valueWidth;
        flow.Reserve(chart.Bars.Count * row + TableLine + 4);
        foreach (var bar in chart.Bars)
        {
            var wrapped = flow.Wrap(bar.Label, fonts.Table, labelWidth - 14);
            var label = wrapped.Count > 1 ? wrapped[0] + "…" : wrapped[0];
            var length = chart.Maximum <= 0 ? 0 : Math.Clamp(bar.Value / chart.Maximum, 0, 1) * barWidth;
            flow.Reserve(row);
            flow.Graphics.DrawString(label, fonts.Table, Text, new XRect(flow.Left, flow.Y + 1, labelWidth - 8, row - 2), XStringFormats.CenterRight);
            flow.Graphics.DrawRectangle(BarFill, flow.Left + labelWidth, flow.Y + 3, length, row - 6);
            flow.Graphics.DrawString(bar.ValueText, fonts.Table, Text, flow.Left + labelWidth + length + 4, flow.Y + (row - fonts.Table.Height) / 2, XStringFormats.TopLeft);
            flow.Y += row;
        }
        flow.Lines(flow.Wrap(chart.Caption, fonts.Meta, flow.Width), fonts.Meta, Muted, flow.Left, 13);
    }

    /// <summary>
    /// PDFsharp resolves fonts through one process-wide resolver; set it once, to the bundled font, before any font is
    /// made. Without the font (a build without npm) the brief cannot be written: say so instead of failing inside PDFsharp.
    /// </summary>
    private static void UseBundledFont()
    {
        if (!File.Exists(BriefFontResolver.FontPath))
        {
            throw new DomainRuleException("format",
                $"PDF needs the brief font {BriefFontResolver.FontPath}, fetched by the build from npm; rebuild with npm reachable, or use --format md or html.");
        }
        lock (FontSetup)
        {
            if (GlobalFontSettings.FontResolver is not BriefFontResolver)
            {
                GlobalFontSettings.FontResolver = new BriefFontResolver();
            }
        }
    }

    private sealed class Fonts
    {
        public XFont Title { get; } = new(BriefFontResolver.Family, 17, XFontStyleEx.Bold, Unicode);
        public XFont Heading { get; } = new(BriefFontResolver.Family, 12.5, XFontStyleEx.Bold, Unicode);
        public XFont Body { get; } = new(BriefFontResolver.Family, BodySize, XFontStyleEx.Regular, Unicode);
        public XFont Bold { get; } = new(BriefFontResolver.Family, BodySize, XFontStyleEx.Bold, Unicode);
        public XFont Meta { get; } = new(BriefFontResolver.Family, 8.5, XFontStyleEx.Regular, Unicode);
        public XFont Table { get; } = new(BriefFontResolver.Family, TableSize, XFontStyleEx.Regular, Unicode);
        public XFont TableHeader { get; } = new(BriefFontResolver.Family, TableSize, XFontStyleEx.Bold, Unicode);
    }
}
