namespace Vigil.Speech.Classification;

/// <summary>
/// Fits a language model's calibration on held-out rows: a temperature and a bias per class (vector scaling with a
/// shared temperature) by least log loss, then the class weights that pick the label with the best macro-F1 from the
/// calibrated probabilities — so the probabilities stay honest while the label serves the rare classes.
/// </summary>
internal static class SpeechCalibration
{
    private const int Iterations = 600;

    public static void Fit(SpeechLanguageModel model, double[][] logits, int[] labels)
    {
        if (logits.Length == 0)
        {
            return;
        }
        const int k = SpeechLanguageModel.Classes;
        var logTemperature = 0.0;
        var bias = new double[k];
        var p = new double[k];
        var present = new bool[k];
        foreach (var y in labels)
        {
            present[y] = true;
        }
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var temperature = Math.Exp(logTemperature);
            var gradBias = new double[k];
            var gradTemperature = 0.0;
            for (var i = 0; i < logits.Length; i++)
            {
                SpeechLanguageModel.Softmax(logits[i], temperature, bias, p);
                for (var c = 0; c < k; c++)
                {
                    var g = p[c] - (labels[i] == c ? 1 : 0);
                    gradBias[c] += g;
                    gradTemperature += g * -logits[i][c] / temperature;
                }
            }
            logTemperature -= 0.5 * gradTemperature / logits.Length;
            logTemperature = Math.Clamp(logTemperature, -3, 3);
            for (var c = 0; c < k; c++)
            {
                // A class never seen in the held-out rows (COLD has no hate) is pushed down, not to minus infinity.
                bias[c] = present[c] ? bias[c] - 1.0 * gradBias[c] / logits.Length : Math.Max(-6, bias[c] - 1.0 * gradBias[c] / logits.Length);
            }
        }
        model.Temperature = Math.Exp(logTemperature);
        bias.CopyTo(model.CalibrationBias, 0);
    }

    /// <summary>Sets the decision weights and answers the macro-F1 they give on these rows (0 without rows).</summary>
    public static double FitDecisionWeights(SpeechLanguageModel model, double[][] logits, int[] labels)
    {
        if (logits.Length == 0)
        {
            return 0;
        }
        var probabilities = logits.Select(z =>
        {
            var p = new double[SpeechLanguageModel.Classes];
            model.Probabilities(z, p);
            return p;
        }).ToArray();
        var grid = Enumerable.Range(-8, 17).Select(s => Math.Exp(s * 0.25)).ToArray();
        var best = (F1: -1.0, Hate: 1.0, Offensive: 1.0);
        var predicted = new int[labels.Length];
        foreach (var hate in grid)
        {
            foreach (var offensive in grid)
            {
                for (var i = 0; i < probabilities.Length; i++)
                {
                    var p = probabilities[i];
                    var scores = (p[0] * hate, p[1] * offensive, p[2]);
                    predicted[i] = scores.Item1 >= scores.Item2 && scores.Item1 >= scores.Item3 ? 0 : scores.Item2 >= scores.Item3 ? 1 : 2;
                }
                var f1 = SpeechMetrics.MacroF1Of(labels, predicted);
                // Ties keep the weights nearest 1 (the grid runs outwards from the smallest, so compare distances).
                if (f1 > best.F1 + 1e-9 || Math.Abs(f1 - best.F1) <= 1e-9 && Math.Abs(Math.Log(hate)) + Math.Abs(Math.Log(offensive)) < Math.Abs(Math.Log(best.Hate)) + Math.Abs(Math.Log(best.Offensive)))
                {
                    best = (f1, hate, offensive);
                }
            }
        }
        model.DecisionWeights[0] = best.Hate;
        model.DecisionWeights[1] = best.Offensive;
        model.DecisionWeights[2] = 1;
        return best.F1;
    }
}
