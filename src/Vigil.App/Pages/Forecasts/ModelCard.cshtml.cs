using System.Globalization;
using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages.Forecasts;

/// <summary>The model card: data, method, measured FOOS figures beside the EWP's, limits, and the predictor → risk-factor mapping.</summary>
public sealed class ModelCardModel : VigilPageModel
{
    /// <summary>The card in the reader's language.</summary>
    public Vigil.Forecasting.ModelCard Card { get; } = Vigil.Forecasting.ModelCard.In(CultureInfo.CurrentUICulture);

    public void OnGet()
    {
    }
}
