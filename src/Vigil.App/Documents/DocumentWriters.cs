using System.Text;

namespace Vigil.App.Documents;

/// <summary>The output formats of a document and the writer of each.</summary>
public static class DocumentWriters
{
    public static readonly string[] Formats = ["md", "html", "pdf"];

    public static (byte[] Content, string ContentType, string Extension) Write(DocumentModel document, string format) => format switch
    {
        "md" => (Encoding.UTF8.GetBytes(MarkdownDocumentWriter.Write(document)), "text/markdown; charset=utf-8", "md"),
        "html" => (Encoding.UTF8.GetBytes(HtmlDocumentWriter.Write(document)), "text/html; charset=utf-8", "html"),
        "pdf" => (PdfDocumentWriter.Write(document), "application/pdf", "pdf"),
        _ => throw new DomainRuleException("format", $"Unknown brief format '{format}'; use md, html or pdf."),
    };
}
