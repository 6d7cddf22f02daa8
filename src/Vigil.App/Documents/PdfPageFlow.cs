using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Vigil.App.Documents;

/// <summary>
/// The PDF writer's cursor: A4 pages in points, the position on the current page, a new page when the next piece does
/// not fit, and the marking and page numbers written on every page at the end (when the page count is known).
/// </summary>
internal sealed class PdfPageFlow
{
    public const double Margin = 56;
    private const double Top = 64, Bottom = 64;

    private readonly PdfDocument pdf;
    private readonly string marking;
    private readonly string title;
    private XGraphics graphics;

    public PdfPageFlow(PdfDocument pdf, string marking, string title)
    {
        this.pdf = pdf;
        this.marking = marking;
        this.title = title;
        graphics = AddPage();
    }

    public XGraphics Graphics => graphics;

    public double Y { get; set; } = Top;

    public double Left => Margin;

    public double Width => graphics.PageSize.Width - 2 * Margin;

    public double Remaining => graphics.PageSize.Height - Bottom - Y;

    public bool AtTopOfPage => Y <= Top + 0.5;

    public double Measure(string text, XFont font) => text.Length == 0 ? 0 : graphics.MeasureString(text, font).Width;

    public IReadOnlyList<string> Wrap(string text, XFont font, double width) => LineBreaker.Wrap(text, width, t => Measure(t, font));

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one (or this page is still empty).</summary>
    public void Reserve(double height)
    {
        if (height > Remaining && !AtTopOfPage)
        {
            NewPage();
        }
    }

    public void NewPage()
    {
        graphics.Dispose();
        graphics = AddPage();
        Y = Top;
    }

    /// <summary>Writes lines from the cursor down, moving to a new page whenever the next line does not fit.</summary>
    public void Lines(IReadOnlyList<string> lines, XFont font, XBrush brush, double x, double lineHeight)
    {
        foreach (var line in lines)
        {
            Reserve(lineHeight);
            graphics.DrawString(line, font, brush, x, Y + (lineHeight - font.Height) / 2, XStringFormats.TopLeft);
            Y += lineHeight;
        }
    }

    /// <summary>Closes the last page and writes the marking at the top and bottom of every page, with "n / total".</summary>
    public void Finish(XFont font)
    {
        graphics.Dispose();
        var total = pdf.PageCount;
        for (var i = 0; i < total; i++)
        {
            using var page = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var width = page.PageSize.Width;
            var height = page.PageSize.Height;
            page.DrawString(marking, font, Marking, new XRect(0, 28, width, 14), XStringFormats.TopCenter);
            page.DrawString(marking, font, Marking, new XRect(0, height - 30, width, 14), XStringFormats.TopCenter);
            page.DrawString(Shorten(title, font, page, width / 2 - Margin), font, XBrushes.Gray, Margin, height - 46, XStringFormats.TopLeft);
            page.DrawString($"{i + 1} / {total}", font, XBrushes.Gray, new XRect(0, height - 46, width - Margin, 14), XStringFormats.TopRight);
        }
    }

    private static readonly XBrush Marking = new XSolidBrush(XColor.FromArgb(0x8a, 0x1c, 0x1c));

    private static string Shorten(string text, XFont font, XGraphics graphics, double width)
    {
        if (graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }
        var cut = text;
        while (cut.Length > 1 && graphics.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }
        return cut + "…";
    }

    private XGraphics AddPage()
    {
        var page = pdf.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        return XGraphics.FromPdfPage(page);
    }
}
