namespace Vigil.App.Documents;

/// <summary>A horizontal bar chart of values from 0 to <paramref name="Maximum"/>; each bar shows its value as text too.</summary>
public sealed record BarChartBlock(string Caption, double Maximum, IReadOnlyList<ChartBar> Bars) : DocumentBlock;
