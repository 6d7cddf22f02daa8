using System.Text;
using UglyToad.PdfPig;
using Vigil.App.Documents;

namespace Vigil.Tests.Documents;

/// <summary>
/// The PDF writer, read back with PdfPig: the Chinese text is there as text (not shapes, not boxes), every glyph comes
/// from the one embedded font Vigil ships, and a long table runs over pages with its header on each.
/// </summary>
public sealed class PdfDocumentWriterTests
{
    [Fact]
    public void Write_EnglishAndChinese_TextExtractsBackFromTheEmbeddedFont()
    {
        var pdf = PdfDocumentWriter.Write(SampleDocuments.Bilingual());

        using var document = PdfDocument.Open(pdf);
        var text = Text(document);
        Assert.Contains(SampleDocuments.Chinese, text, StringComparison.Ordinal);
        Assert.Contains("局势简报", text, StringComparison.Ordinal);
        Assert.Contains("Tensionbetweenthegovernment", text, StringComparison.Ordinal);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains("Noto Sans SC", f, StringComparison.Ordinal));
        // Embedded as a subset (a TrueType font program in the file), not referenced by name.
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.True(pdf.Length < 400_000, $"{pdf.Length} bytes: the 10 MB font should be subset");
    }

    [Fact]
    public void Write_LongTable_RunsOverPagesWithItsHeaderOnEach()
    {
        var pdf = PdfDocumentWriter.Write(SampleDocuments.Bilingual(tableRows: 120));

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => Squeeze(p.Text)).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        var tablePages = pages.Where(p => p.Contains("行为体", StringComparison.Ordinal)).ToList();
        Assert.True(tablePages.Count >= 2);
        Assert.All(tablePages, p => Assert.Contains("Actor行为体", p, StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"第{i}行。", string.Concat(pages), StringComparison.Ordinal));
        Assert.All(pages.Select((p, i) => (p, i)), x => Assert.Contains($"{x.i + 1}/{pages.Count}", x.p, StringComparison.Ordinal));
    }

    internal static string Text(PdfDocument document) => string.Concat(document.GetPages().Select(p => Squeeze(p.Text)));

    // PdfPig's page text carries the spaces the PDF draws; compare without them.
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
