namespace Vigil.Forecasting;

/// <summary>
/// The default model against the EWP replica on the same FOOS country-years, as measured by
/// `vigil forecast compare ewp.csv ensemble.csv` (<see cref="ModelComparison"/>): differences are
/// default minus replica, with 95 % intervals over 2,000 draws of whole years; the onset counts are
/// those in the top 30 of their year by one model only.
/// </summary>
public sealed record ReplicaComparison(string Replica, string Model, double AucDifference, ScoreInterval AucInterval,
    double RecallAt30Difference, ScoreInterval RecallAt30Interval, int OnsetsOnlyReplica, int OnsetsOnlyModel, double McNemarP);
