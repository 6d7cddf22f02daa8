namespace Vigil.Forecasting;

/// <summary>A forecasting method: learns from country-years whose outcome is known.</summary>
public interface IForecastModel
{
    /// <summary>Short name used on the command line (e.g. "ewp").</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Whether the model can only score rows with every predictor present.</summary>
    bool NeedsCompletePredictors { get; }

    /// <param name="history">All rows up to the last training year; the model picks the rows it can learn from.</param>
    ITrainedForecaster Train(IReadOnlyList<CountryYear> history, CancellationToken cancellationToken);
}

/// <summary>A trained model: probability of a new mass-killing onset within two years, and why.</summary>
public interface ITrainedForecaster
{
    /// <summary>One probability per row, NaN where the model cannot score the row.</summary>
    double[] Predict(IReadOnlyList<CountryYear> rows);

    /// <summary>Each predictor's push on the row's risk, on the log-odds scale, largest effects first.</summary>
    IReadOnlyList<PredictorContribution> Explain(CountryYear row);
}
