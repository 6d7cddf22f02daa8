using Vigil.Forecasting;
using Xunit;

namespace Vigil.Tests.Forecasting;

public sealed class FoosBacktestTests
{
    private static readonly string[] Countries = ["Aland", "Borduria", "Carpania"];

    /// <summary>Three countries, 1985–1997; Borduria has an onset in 1996, Carpania has no 1994 row.</summary>
    private static CountryYearTable Synthetic()
    {
        var rows = new List<CountryYear>();
        for (var year = 1985; year <= 1997; year++)
        {
            for (var c = 0; c < Countries.Length; c++)
            {
                if (Countries[c] == "Carpania" && year == 1994)
                {
                    continue;
                }
                var values = new double[PredictorCatalog.All.Count];
                values[0] = c;
                var onset = Countries[c] == "Borduria" && year == 1996 ? 1 : 0;
                rows.Add(new CountryYear(Countries[c], year, 100 + c, values, onset, 0, 0, 0, rows.Count + 2));
            }
        }
        return new CountryYearTable("synthetic", rows);
    }

    /// <summary>Risk = (country index + 1) / 10 + data year / 100 000, so each forecast is recognisable.</summary>
    private sealed class RecordingModel : IForecastModel
    {
        public List<(int MaxYear, int Rows)> Trainings { get; } = [];

        public string Name => "recording";

        public string Description => "test double";

        public bool NeedsCompletePredictors => true;

        public ITrainedForecaster Train(IReadOnlyList<CountryYear> history, CancellationToken cancellationToken)
        {
            lock (Trainings)
            {
                Trainings.Add((history.Max(r => r.Year), history.Count));
            }
            return new Forecaster();
        }

        private sealed class Forecaster : ITrainedForecaster
        {
            public double[] Predict(IReadOnlyList<CountryYear> rows) => [.. rows.Select(r => Risk(r.Values[0], r.Year))];

            public IReadOnlyList<PredictorContribution> Explain(CountryYear row) => [];
        }
    }

    private static double Risk(double country, int year) => (country + 1) / 10 + year / 100_000.0;

    [Fact]
    public void Run_EachRefit_TrainsOnYearsUpToTOnly()
    {
        var model = new RecordingModel();
        FoosBacktest.Run(Synthetic(), model, firstTrainingYear: 1991, lastTrainingYear: 1994, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([1991, 1992, 1993, 1994], model.Trainings.Select(t => t.MaxYear).Order());
        Assert.Equal(3 * (1991 - 1985 + 1), model.Trainings.Single(t => t.MaxYear == 1991).Rows);
    }

    [Fact]
    public void Run_FirstEvaluatedYear_HasOnlyTheForecastFromTheYearBefore()
    {
        var result = FoosBacktest.Run(Synthetic(), new RecordingModel(), firstTrainingYear: 1991, lastTrainingYear: 1994, cancellationToken: TestContext.Current.CancellationToken);
        var first = result.Rows.Where(r => r.Year == 1994).ToList();
        Assert.Equal(["Aland", "Borduria"], first.Select(r => r.EwpName));
        Assert.All(first, r => Assert.Null(r.RiskFromTwoYearsBefore));
        Assert.Equal(Risk(0, 1993), first.Single(r => r.EwpName == "Aland").MaxRisk2, 12);
        Assert.DoesNotContain(result.Rows, r => r.Year < 1994);
    }

    [Fact]
    public void Run_BothPriorForecasts_TakesMaxRiskAndBestRank()
    {
        var result = FoosBacktest.Run(Synthetic(), new RecordingModel(), firstTrainingYear: 1991, lastTrainingYear: 1994, cancellationToken: TestContext.Current.CancellationToken);
        var row = result.Rows.Single(r => r.Year == 1995 && r.EwpName == "Borduria");
        Assert.Equal(Risk(1, 1994), row.RiskFromYearBefore!.Value, 12);
        Assert.Equal(Risk(1, 1993), row.RiskFromTwoYearsBefore!.Value, 12);
        Assert.Equal(Risk(1, 1994), row.MaxRisk2, 12);
        // 1994 has no Carpania row, so Borduria ranks first that year (second in 1993).
        Assert.Equal(1, row.MinRank2);
    }

    [Fact]
    public void Run_MissingPriorYear_UsesTheOtherForecast()
    {
        var result = FoosBacktest.Run(Synthetic(), new RecordingModel(), firstTrainingYear: 1991, lastTrainingYear: 1994, cancellationToken: TestContext.Current.CancellationToken);
        var row = result.Rows.Single(r => r.Year == 1995 && r.EwpName == "Carpania");
        Assert.Null(row.RiskFromYearBefore);
        Assert.Equal(Risk(2, 1993), row.MaxRisk2, 12);
        Assert.Equal(1, row.MinRank2);
    }

    [Fact]
    public void Run_LastEvaluatedYear_IsTwoAfterTheLastForecastYear()
    {
        // Forecasts come from data years 1993–1996; 1997 is judged on 1996 (and 1995), 1998 has no row.
        var result = FoosBacktest.Run(Synthetic(), new RecordingModel(), firstTrainingYear: 1991, lastTrainingYear: 1994, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1997, result.Rows.Max(r => r.Year));
        Assert.Equal([1994, 1995, 1996, 1997], result.Rows.Select(r => r.Year).Distinct().Order());
        Assert.Equal(1, result.Scores.Onsets);
        Assert.Equal(1, result.Rows.Single(r => r.Year == 1996 && r.EwpName == "Borduria").MkOnset);
    }

    [Fact]
    public void Combine_NoForecastFromEitherPriorYear_DropsTheRow()
    {
        var table = Synthetic();
        var forecasts = new List<YearForecast> { new("Aland", 100, 1990, 0.5, 1) };
        var rows = FoosBacktest.Combine(forecasts, table.Rows);
        Assert.Equal([1991, 1992], rows.Select(r => r.Year));
        Assert.All(rows, r => Assert.Equal("Aland", r.EwpName));
    }
}
