namespace Vigil.Forecasting;

/// <summary>
/// One evaluated country-year of a FOOS backtest, with the columns of the EWP's own FOOS file:
/// the forecast of record is the larger risk (and better rank) of the forecasts made from the
/// data of <see cref="Year"/>−1 and <see cref="Year"/>−2.
/// </summary>
public sealed record FoosRow(
    int Year,
    string EwpName,
    int Ccode,
    int MkOnset,
    double MaxRisk2,
    int MinRank2,
    double? RiskFromYearBefore,
    double? RiskFromTwoYearsBefore);
