using Vigil.Forecasting;
using Vigil.Forecasting.Trees;

namespace Vigil.Tests.Forecasting;

public sealed class BaggedBoostTests
{
    /// <summary>200 country-years whose risk rises with the first predictor; onsets where it is high.</summary>
    private static List<CountryYear> History()
    {
        var random = new Random(7);
        var rows = new List<CountryYear>();
        for (var i = 0; i < 200; i++)
        {
            var values = Enumerable.Range(0, PredictorCatalog.All.Count).Select(_ => random.NextDouble()).ToArray();
            var onset = values[0] > 0.8 && random.NextDouble() < 0.7 ? 1 : 0;
            rows.Add(new CountryYear($"C{i % 40}", 1990 + (i / 40), 100 + (i % 40), values, 0, onset, onset, 0, i + 2));
        }
        return rows;
    }

    [Fact]
    public void BaggedBoost_IsTheMeanOfFiveSeeds()
    {
        var history = History();
        var bagged = EnsembleModel.BaggedBoost().Train(history, CancellationToken.None).Predict(history);
        var each = Enumerable.Range(0, 5)
            .Select(i => new BoostedTreesModel(BoostedTreesModel.DefaultSeed + i).Train(history, CancellationToken.None).Predict(history))
            .ToList();

        for (var row = 0; row < history.Count; row++)
        {
            Assert.Equal(each.Average(p => p[row]), bagged[row], 9);
        }
        Assert.Contains(Enumerable.Range(0, history.Count), row => Math.Abs(each[0][row] - each[1][row]) > 1e-6);
    }

    [Fact]
    public void BaggedEnsemble_IsOfferedByName()
    {
        Assert.Contains("ensemble5", ForecastModels.Names);
        Assert.Equal("ensemble5", ForecastModels.Create("ensemble5").Name);
        Assert.Equal("boost5", ForecastModels.Create("boost5").Name);
    }
}
