using PdfSharp.Drawing;

namespace Vigil.App.Documents;

/// <summary>
/// A table in the PDF: column widths from the cells' natural widths within the line, cells wrapped, and rows written line
/// by line so a table (even one tall row) runs onto the next page with its header repeated there.
/// </summary>
internal static class PdfTableWriter
{
    private const double MinimumColumn = 42;

    public static void Write(PdfPageFlow flow, TableBlock table, XFont font, XFont headerFont, double lineHeight, double pad, XPen rule, XBrush headerFill)
    {
        var widths = ColumnWidths(flow, table, font, headerFont);
        var header = Wrap(flow, table.Header, headerFont, widths, pad);
        // The header and the first row start on the same page.
        var first = table.Rows.Count > 0 ? Wrap(flow, table.Rows[0], font, widths, pad) : [];
        flow.Reserve((Height(header) + Math.Min(Height(first), 3)) * lineHeight + 4 * pad);
        WriteRow(flow, header, headerFont, widths, lineHeight, pad, rule, headerFill, null);
        foreach (var row in table.Rows)
        {
            WriteRow(flow, Wrap(flow, row, font, widths, pad), font, widths, lineHeight, pad, rule, null,
                () => WriteRow(flow, header, headerFont, widths, lineHeight, pad, rule, headerFill, null));
        }
    }

    private static void WriteRow(PdfPageFlow flow, IReadOnlyList<IReadOnlyList<string>> cells, XFont font, double[] widths, double lineHeight,
        double pad, XPen rule, XBrush? fill, Action? repeatHeader)
    {
        var total = Height(cells);
        // A row that fits on a page is not split; only a row taller than a whole page runs over.
        if ((total * lineHeight) + 2 * pad > flow.Remaining && !flow.AtTopOfPage)
        {
            flow.NewPage();
            repeatHeader?.Invoke();
        }
        var line = 0;
        while (line < total || line == 0)
        {
            var top = flow.Y;
            var fit = Math.Max(1, (int)((flow.Remaining - 2 * pad) / lineHeight));
            var count = Math.Min(fit, Math.Max(total - line, 1));
            var height = count * lineHeight + 2 * pad;
            if (fill is not null)
            {
                flow.Graphics.DrawRectangle(fill, flow.Left, top, widths.Sum(), height);
            }
            var x = flow.Left;
            for (var c = 0; c < widths.Length; c++)
            {
                var cell = c < cells.Count ? cells[c] : [];
                for (var k = 0; k < count && line + k < cell.Count; k++)
                {
                    flow.Graphics.DrawString(cell[line + k], font, XBrushes.Black, x + pad, top + pad + k * lineHeight + (lineHeight - font.Height) / 2,
                        XStringFormats.TopLeft);
                }
                flow.Graphics.DrawRectangle(rule, x, top, widths[c], height);
                x += widths[c];
            }
            flow.Y = top + height;
            line += count;
            if (line < total)
            {
                flow.NewPage();
                repeatHeader?.Invoke();
            }
        }
    }

    private static double[] ColumnWidths(PdfPageFlow flow, TableBlock table, XFont font, XFont headerFont)
    {
        var columns = table.Header.Count;
        var natural = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            natural[c] = Math.Max(MinimumColumn, flow.Measure(table.Header[c], headerFont) + 10);
            foreach (var row in table.Rows.Where(r => c < r.Count))
            {
                natural[c] = Math.Max(natural[c], flow.Measure(row[c], font) + 10);
            }
            natural[c] = Math.Min(natural[c], flow.Width);
        }
        var sum = natural.Sum();
        if (sum <= flow.Width)
        {
            return [.. natural.Select(w => w * flow.Width / sum)];
        }
        // Too wide: share the line by the square root of each column's natural width, so one long text column does not
        // squeeze the short ones (a level, a score) into a character per line.
        var weights = natural.Select(Math.Sqrt).ToArray();
        var widths = weights.Select(w => Math.Max(MinimumColumn, w / weights.Sum() * flow.Width)).ToArray();
        var scale = flow.Width / widths.Sum();
        return [.. widths.Select(w => w * scale)];
    }

    private static IReadOnlyList<IReadOnlyList<string>> Wrap(PdfPageFlow flow, IReadOnlyList<string> cells, XFont font, double[] widths, double pad) =>
        [.. cells.Take(widths.Length).Select((cell, c) => flow.Wrap(cell, font, widths[c] - 2 * pad))];

    private static int Height(IReadOnlyList<IReadOnlyList<string>> cells) => cells.Select(c => c.Count).DefaultIfEmpty(1).Max();
}
