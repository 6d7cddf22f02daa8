namespace Vigil.Forecasting;

/// <summary>
/// One row of the EWP modelling table. <see cref="Values"/> holds the predictors in
/// <see cref="PredictorCatalog.All"/> order, NaN where the field was empty. Outcomes are
/// null where unknown (the future, or a state that ceased to exist).
/// </summary>
public sealed record CountryYear(
    string EwpName,
    int Year,
    int Ccode,
    double[] Values,
    int? MkOnset,
    int? MkOnset1Or2,
    int? MkOnset1,
    int? MkOnset2,
    int Line)
{
    public bool HasCompletePredictors => !Values.Any(double.IsNaN);

    /// <summary>
    /// Whether the two-year outcome is really known: an onset, or both following years observed.
    /// The table codes mk_onset_1or2 as 0 for the last two years although their future is unknown.
    /// </summary>
    public bool HasKnownTarget => MkOnset1Or2 == 1 || (MkOnset1Or2 == 0 && MkOnset1 is not null && MkOnset2 is not null);

    /// <summary>The EWP's complete-case rule for training: every predictor and all four outcome columns known.</summary>
    public bool IsCompleteCase =>
        HasCompletePredictors && MkOnset is not null && MkOnset1Or2 is not null && MkOnset1 is not null && MkOnset2 is not null;
}
