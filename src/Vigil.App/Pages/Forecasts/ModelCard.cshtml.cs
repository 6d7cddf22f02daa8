using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages.Forecasts;

/// <summary>The model card: data, method, measured FOOS figures beside the EWP's, limits, and the predictor → risk-factor mapping.</summary>
public sealed class ModelCardModel : VigilPageModel
{
    public Vigil.Forecasting.ModelCard Card { get; } = Vigil.Forecasting.ModelCard.Current;

    public void OnGet()
    {
    }
}
