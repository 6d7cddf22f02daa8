using Vigil.App.Pages.Countries;
using Vigil.Forecasting;

namespace Vigil.App.Pages.Forecasts;

/// <summary>Why model and assessment are flagged as disagreeing (the countries list, the assessment pages).</summary>
public static class ForecastDisagreementText
{
    /// <summary>Null when they agree.</summary>
    public static string? Of(DisagreementKind kind) => kind switch
    {
        DisagreementKind.ModelHighAssessmentLow => CountriesText.DisagreeHigh,
        DisagreementKind.ModelLowAssessmentHigh => CountriesText.DisagreeLow,
        _ => null,
    };
}
