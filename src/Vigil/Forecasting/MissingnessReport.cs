namespace Vigil.Forecasting;

/// <summary>How many rows lack each predictor, in total and per year (only predictors and years with gaps are listed).</summary>
public sealed record MissingnessReport(int Rows, IReadOnlyList<PredictorMissingness> Predictors, int CompleteCaseRows)
{
    public static MissingnessReport From(CountryYearTable table)
    {
        var ids = PredictorCatalog.Ids;
        var result = new List<PredictorMissingness>();
        for (var i = 0; i < ids.Count; i++)
        {
            var byYear = table.Rows.Where(r => double.IsNaN(r.Values[i]))
                .GroupBy(r => r.Year).OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => g.Count());
            if (byYear.Count > 0)
            {
                result.Add(new PredictorMissingness(ids[i], byYear.Values.Sum(), byYear));
            }
        }
        return new MissingnessReport(table.Rows.Count, result, table.Rows.Count(r => r.IsCompleteCase));
    }
}

public sealed record PredictorMissingness(string Predictor, int Missing, IReadOnlyDictionary<int, int> ByYear);
