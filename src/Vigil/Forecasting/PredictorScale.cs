namespace Vigil.Forecasting;

/// <summary>How the EWP data hold a predictor, so that its value can be shown in natural units (<see cref="Predictor.NaturalValue"/>).</summary>
public enum PredictorScale
{
    /// <summary>A score or index shown as it is (V-Dem scales, fractionalisation).</summary>
    Index,

    /// <summary>0 or 1: no or yes.</summary>
    Flag,

    /// <summary>log2(n + 1) of a count (battle deaths, ongoing mass killings, years of age).</summary>
    Count,

    /// <summary>log2 of the population, shown in millions.</summary>
    Log2Millions,

    /// <summary>The square root of a rate (infant mortality per 1,000).</summary>
    Sqrt,

    /// <summary>The square of the year.</summary>
    Square,

    /// <summary>The year itself.</summary>
    Year,

    /// <summary>A percentage already (GDP per capita growth).</summary>
    Percent,

    /// <summary>A share from 0 to 1, shown in percent.</summary>
    Share,
}
