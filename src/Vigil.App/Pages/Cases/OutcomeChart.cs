using Vigil.Situations.Cases;

namespace Vigil.App.Pages.Cases;

/// <summary>
/// Geometry of the analysis chart (inline SVG, drawn on the server): one horizontal bar per prevention option, split into the
/// shares of its cases' outcomes, the number of cases at its end; options with no case are left out.
/// </summary>
public sealed class OutcomeChart
{
    public const int Width = 760;
    public const int Left = 330;
    public const int BarWidth = 330;
    public const int RowHeight = 28;
    public const int Top = 8;
    public const int BarHeight = 18;

    public sealed record Segment(string Outcome, double X, double Width, int Count);

    public sealed record Bar(string Option, double Y, IReadOnlyList<Segment> Segments, CaseAnalysis.Outcomes Outcomes);

    private OutcomeChart(IReadOnlyList<Bar> bars) => Bars = bars;

    public IReadOnlyList<Bar> Bars { get; }

    public int Height => Top * 2 + Bars.Count * RowHeight + 24;

    public static OutcomeChart From(CaseAnalysis analysis)
    {
        var bars = new List<Bar>();
        foreach (var row in analysis.Options.Where(r => r.Outcomes.Total > 0).OrderByDescending(r => r.Outcomes.Total).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            var x = (double)Left;
            var segments = new List<Segment>();
            foreach (var outcome in CaseVocabulary.Outcomes)
            {
                var count = row.Outcomes.Of(outcome);
                var width = BarWidth * (double)count / row.Outcomes.Total;
                if (count > 0)
                {
                    segments.Add(new Segment(outcome, x, width, count));
                }
                x += width;
            }
            bars.Add(new Bar(row.Id, Top + bars.Count * RowHeight, segments, row.Outcomes));
        }
        return new OutcomeChart(bars);
    }
}
