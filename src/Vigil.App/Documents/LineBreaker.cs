using System.Globalization;
using System.Text;

namespace Vigil.App.Documents;

/// <summary>
/// Breaks text into lines no wider than a width, for the PDF writer: English between words, Chinese between any two
/// characters (it has no spaces), never a closing mark (，。）…) at the start of a line nor an opening one at its end, a
/// word longer than the line cut where it must be, and every line break in the text kept.
/// </summary>
public static class LineBreaker
{
    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, width, measure, lines);
        }
        return lines;
    }

    private static void WrapParagraph(string paragraph, double width, Func<string, double> measure, List<string> lines)
    {
        var line = "";
        foreach (var unit in Units(paragraph))
        {
            if (line.Length > 0 && measure((line + unit).TrimEnd()) > width)
            {
                lines.Add(line.TrimEnd());
                line = unit;
            }
            else
            {
                line += unit;
            }
            if (measure(line.TrimEnd()) > width)
            {
                // One word wider than the line (an address, a long number): cut it where it must be.
                var pieces = CutByCharacters(line, width, measure);
                lines.AddRange(pieces.Take(pieces.Count - 1));
                line = pieces[^1];
            }
        }
        lines.Add(line.TrimEnd());
    }

    /// <summary>The pieces between which a line may break: a word with its trailing spaces, or one Chinese character with the marks that must stay with it.</summary>
    internal static IEnumerable<string> Units(string text)
    {
        var unit = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        var previousIsSpace = false;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var rune = Rune.GetRuneAt(element, 0);
            var isSpace = Rune.IsWhiteSpace(rune);
            if (unit.Length > 0 && !isSpace && !IsClosing(rune) && (previousIsSpace || IsIdeographic(rune) || EndsWithBreakAfter(unit)) && !EndsWithOpening(unit))
            {
                yield return unit.ToString();
                unit.Clear();
            }
            unit.Append(element);
            previousIsSpace = isSpace;
        }
        if (unit.Length > 0)
        {
            yield return unit.ToString();
        }
    }

    private static List<string> CutByCharacters(string text, double width, Func<string, double> measure)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && measure(piece + element) > width)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }
            piece.Append(element);
        }
        pieces.Add(piece.ToString());
        return pieces;
    }

    // A break may follow a Chinese character or a hyphen in Latin text as well as a space.
    private static bool EndsWithBreakAfter(StringBuilder unit)
    {
        var last = unit[^1];
        return char.IsLowSurrogate(last) ? unit.Length > 1 && IsIdeographic(Rune.GetRuneAt(unit.ToString(), unit.Length - 2))
            : IsIdeographic(new Rune(last)) || (last == '-' && unit.Length > 1);
    }

    private static bool EndsWithOpening(StringBuilder unit) => unit.Length > 0 && "（(［[｛{「『《〈【“‘".Contains(unit[^1], StringComparison.Ordinal);

    private static bool IsClosing(Rune rune) =>
        rune.IsBmp && "，。、；：！？）)］]｝}」』》〉】”’…—·,.;:!?%％".Contains((char)rune.Value, StringComparison.Ordinal);

    private static bool IsIdeographic(Rune rune) => rune.Value is
        (>= 0x2E80 and <= 0x2FDF) or (>= 0x3000 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
        or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFF60) or (>= 0x20000 and <= 0x3FFFF);
}
