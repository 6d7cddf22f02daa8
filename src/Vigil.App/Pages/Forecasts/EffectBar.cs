using System.Globalization;

namespace Vigil.App.Pages.Forecasts;

/// <summary>
/// A diverging bar of one effect in log-odds (_EffectBar.cshtml), scaled so that <paramref name="Max"/>, the largest effect
/// shown beside it, fills half the width: up (raising the risk) right of the zero line, down to its left.
/// </summary>
public sealed record EffectBar(double Contribution, double Max)
{
    private double Width => Max > 0 ? 50 * Math.Abs(Contribution) / Max : 0;

    /// <summary>SVG attributes in the 100 × 10 view box, invariant numbers.</summary>
    public string X => (Contribution >= 0 ? 50 : 50 - Width).ToString("0.##", CultureInfo.InvariantCulture);

    public string WidthText => Width.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The CSS class of the bar: "up" or "down".</summary>
    public string Direction => Contribution >= 0 ? "up" : "down";
}
