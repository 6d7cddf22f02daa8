using AngleSharp.Html.Parser;
using Vigil.App.Documents;

namespace Vigil.Tests.Documents;

/// <summary>The HTML and Markdown writers: hostile text comes out as text, never as markup; the HTML page is self-contained.</summary>
public sealed class DocumentWriterTests
{
    [Fact]
    public void Html_HostileText_IsEncodedEverywhere()
    {
        var html = HtmlDocumentWriter.Write(SampleDocuments.WithHostileText());

        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("script, img, a, iframe, object"));
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        // Every place that holds the text shows it whole, as the reader typed it.
        Assert.Equal(SampleDocuments.Hostile, page.Title);
        Assert.Equal(SampleDocuments.Hostile, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(SampleDocuments.Hostile, page.QuerySelector("td")!.TextContent);
        Assert.Equal(SampleDocuments.Hostile, page.QuerySelector("dt")!.TextContent);
        Assert.Equal(SampleDocuments.Hostile, page.QuerySelector(".chart th")!.TextContent);
    }

    [Fact]
    public void Html_Bilingual_HasLanguagePrintStylesheetAndNoOutsideRequest()
    {
        var html = HtmlDocumentWriter.Write(SampleDocuments.Bilingual());

        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("zh-Hans", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains(SampleDocuments.Chinese, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("link, script, [src]"));
        Assert.Equal(2, page.QuerySelectorAll(".marking").Length);
    }

    [Fact]
    public void Markdown_HostileText_HasNoRawHtmlLinkImageOrBlockMarker()
    {
        var md = MarkdownDocumentWriter.Write(SampleDocuments.WithHostileText());

        Assert.DoesNotContain("<", md, StringComparison.Ordinal);
        Assert.DoesNotContain("](", md, StringComparison.Ordinal);
        Assert.DoesNotContain("![", md, StringComparison.Ordinal);
        Assert.Contains(@"&lt;script&gt;alert\(1\)&lt;/script&gt;", md, StringComparison.Ordinal);
        Assert.Contains(@"\[link\]\(javascript:alert\(2\)\)", md, StringComparison.Ordinal);
        Assert.Contains(@"\*\*bold\*\* \| pipe &amp; amp", md, StringComparison.Ordinal);
        var lines = md.Split('\n');
        Assert.Contains(@"\# not a heading  ", lines);
        Assert.Contains(@"\- not a list  ", lines);
        Assert.Contains(@"1\. not a list either", lines);
        // A table row keeps its cells: the only unescaped pipes are the cell separators.
        Assert.Contains(lines, l => l.StartsWith("| &lt;script&gt;", StringComparison.Ordinal) && l.EndsWith(@" | 1\. x |", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_NumberAtLineStart_IsNotEscapedUnlessItStartsAList()
    {
        Assert.Equal("66.7", MarkdownDocumentWriter.Inline("66.7"));
        Assert.Equal(@"2\. step", MarkdownDocumentWriter.Inline("2. step"));
        Assert.Equal(@"\+ plus", MarkdownDocumentWriter.Inline("+ plus"));
    }
}
