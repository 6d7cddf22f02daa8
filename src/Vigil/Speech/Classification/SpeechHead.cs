namespace Vigil.Speech.Classification;

/// <summary>
/// A binary head learnt from a training set's own annotation columns (ToxiCN's `target` and `expression`: "targets a
/// group", "targets sexism", "implicit"…), whose log-odds is one more input of the three-class model with its own
/// coefficient per class — stacked like the abuse head, but learnt from the same rows, so the three-class model is
/// trained on the heads' out-of-fold scores and only the full-data head is kept for classifying.
/// </summary>
public sealed class SpeechHead(string name, float[] weights, double bias)
{
    /// <summary>What the head predicts, e.g. "target:sexism" or "expression:implicit".</summary>
    public string Name { get; } = name;

    public float[] Weights { get; } = weights;

    public double Bias { get; } = bias;

    /// <summary>How much the head's score adds to each class's score.</summary>
    public double[] Coefficients { get; } = new double[SpeechLanguageModel.Classes];

    /// <summary>Log-odds of the head for a feature list.</summary>
    public double Score(List<int> buckets) => Bias + SpeechLanguageModel.Sum(Weights, buckets);
}
