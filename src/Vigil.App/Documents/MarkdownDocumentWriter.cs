using System.Globalization;
using System.Text;

namespace Vigil.App.Documents;

/// <summary>
/// Writes a <see cref="DocumentModel"/> as CommonMark with GitHub tables. Every text is untrusted: HTML is neutralised
/// (renderers pass raw HTML through) and the characters that would start a link, image, emphasis, heading or list are
/// escaped, so a pasted text reads as what it is.
/// </summary>
public static class MarkdownDocumentWriter
{
    public static string Write(DocumentModel document)
    {
        var md = new StringBuilder();
        var colon = document.Language.StartsWith("zh", StringComparison.Ordinal) ? "：" : ":";
        md.Append(CultureInfo.InvariantCulture, $"**{Inline(document.Marking)}**\n\n");
        md.Append(CultureInfo.InvariantCulture, $"# {Inline(document.Title)}\n\n");
        foreach (var line in document.Meta)
        {
            md.Append(CultureInfo.InvariantCulture, $"{Inline(line)}  \n");
        }
        foreach (var section in document.Sections)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {Inline(section.Heading)}\n");
            foreach (var block in section.Blocks)
            {
                md.Append('\n');
                WriteBlock(md, block, colon);
            }
        }
        md.Append(CultureInfo.InvariantCulture, $"\n**{Inline(document.Marking)}**\n");
        return md.ToString();
    }

    private static void WriteBlock(StringBuilder md, DocumentBlock block, string colon)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (block)
        {
            case ParagraphBlock p:
                md.Append(Text(p.Text)).Append('\n');
                break;
            case SubheadingBlock h:
                md.Append("### ").Append(Inline(h.Text)).Append('\n');
                break;
            case NoticeBlock n:
                md.Append("> **").Append(Inline(n.Text)).Append("**\n");
                break;
            case BulletListBlock list:
                foreach (var item in list.Items)
                {
                    md.Append("- ").Append(Inline(item)).Append('\n');
                }
                break;
            case KeyValueBlock kv:
                foreach (var (key, value) in kv.Rows)
                {
                    md.Append(inv, $"- **{Inline(key)}{colon}** {Inline(value)}\n");
                }
                break;
            case TableBlock table:
                md.Append("| ").AppendJoin(" | ", table.Header.Select(Inline)).Append(" |\n");
                md.Append('|').AppendJoin('|', table.Header.Select(_ => "---")).Append("|\n");
                foreach (var row in table.Rows)
                {
                    md.Append("| ").AppendJoin(" | ", row.Select(Inline)).Append(" |\n");
                }
                break;
            case BarChartBlock chart:
                // A chart reads in Markdown as its numbers: the caption, then one line per bar.
                md.Append('*').Append(Inline(chart.Caption)).Append("*\n\n");
                foreach (var bar in chart.Bars)
                {
                    md.Append(inv, $"- {Inline(bar.Label)}{colon} {Inline(bar.ValueText)}\n");
                }
                break;
            default:
                throw new ArgumentException($"No Markdown for {block.GetType().Name}.", nameof(block));
        }
    }

    /// <summary>A paragraph: each line escaped, kept as a hard line break.</summary>
    private static string Text(string text) =>
        string.Join("  \n", text.ReplaceLineEndings("\n").Split('\n').Select(line => Inline(line.Trim())).Where(l => l.Length > 0));

    /// <summary>One line of untrusted text, safe anywhere inline (a table cell included: no line break, no bare pipe).</summary>
    public static string Inline(string text)
    {
        var md = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            _ = c switch
            {
                '&' => md.Append("&amp;"),
                '<' => md.Append("&lt;"),
                '>' => md.Append("&gt;"),
                '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '!' or '|' or '~' or '#' => md.Append('\\').Append(c),
                _ => md.Append(c),
            };
        }
        // A line that starts like a list item or a setext underline would change the block: escape its marker.
        var line = md.ToString();
        var indent = line.Length - line.TrimStart().Length;
        var marker = indent < line.Length && line[indent] is '-' or '+' or '=' ? indent : OrderedItemMarker(line, indent);
        return marker < 0 ? line : line.Insert(marker, "\\");
    }

    /// <summary>The index of the '.' or ')' of "12. " at <paramref name="start"/>, or -1.</summary>
    private static int OrderedItemMarker(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        // A marker only when a space or the end of the line follows ("1. " starts a list, "66.7" does not).
        return end > start && end < text.Length && text[end] is '.' or ')' && (end + 1 == text.Length || text[end + 1] == ' ') ? end : -1;
    }
}
