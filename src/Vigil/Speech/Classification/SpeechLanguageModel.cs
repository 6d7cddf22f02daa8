namespace Vigil.Speech.Classification;

/// <summary>
/// The trained model of one language: a multinomial logistic regression over hashed n-grams (three classes in the order
/// of <see cref="SpeechLabel"/>), its calibration (temperature and per-class bias fitted on held-out training rows), the
/// per-class weights that turn calibrated probabilities into the label with the best macro-F1, and an optional
/// incitement head where the data has incitement labels.
/// </summary>
public sealed class SpeechLanguageModel
{
    public const int Classes = 3;

    public SpeechLanguageModel(string language, int bits)
    {
        Language = language;
        Bits = bits;
        Weights = new float[Classes << bits];
    }

    public string Language { get; }

    public int Bits { get; }

    public int Dimension => 1 << Bits;

    /// <summary>Bucket-major weights: bucket f, class c at 3·f + c, so one feature's three weights share a cache line.</summary>
    public float[] Weights { get; }

    public double[] Bias { get; } = new double[Classes];

    public double Temperature { get; set; } = 1;

    public double[] CalibrationBias { get; } = new double[Classes];

    public double[] DecisionWeights { get; } = [1, 1, 1];

    /// <summary>Macro-F1 of the out-of-fold training scores with the fitted decision weights (saved in the model file's trailer; NaN when loaded from a file without it):
    /// the figure features and settings are chosen by, since dev is only read for the reported figures.</summary>
    public double CrossValidatedMacroF1 { get; set; }

    /// <summary>Weights of the incitement head (length 2^bits) or null when the language has no incitement labels.</summary>
    public float[]? IncitementWeights { get; set; }

    public double IncitementBias { get; set; }

    /// <summary>Weights of the abuse head (length 2^bits), a binary abusive-or-not model learnt from a dataset that only
    /// has those two labels (COLD), or null without one. Its score is one more input of the three-class model, so the
    /// large binary set sharpens the toxic/normal boundary without teaching its "abusive" as ToxiCN's "offensive".</summary>
    public float[]? AbuseWeights { get; set; }

    public double AbuseBias { get; set; }

    /// <summary>How much the abuse head's score adds to each class's score (learnt with the class weights).</summary>
    public double[] AbuseCoefficients { get; } = new double[Classes];

    /// <summary>Heads learnt from the training set's own annotation columns (<see cref="SpeechHead"/>); empty when the
    /// language's training files have none.</summary>
    public List<SpeechHead> Heads { get; } = [];

    /// <summary>Uncalibrated class scores of a feature list.</summary>
    public void Logits(List<int> buckets, Span<double> logits)
    {
        Span<double> headScores = stackalloc double[Heads.Count];
        for (var h = 0; h < Heads.Count; h++)
        {
            headScores[h] = Heads[h].Score(buckets);
        }
        Logits(buckets, headScores, logits);
    }

    /// <summary>Uncalibrated class scores with the heads' scores given (in training: their out-of-fold scores).</summary>
    public void Logits(List<int> buckets, ReadOnlySpan<double> headScores, Span<double> logits)
    {
        var scale = buckets.Count == 0 ? 0 : 1 / Math.Sqrt(buckets.Count);
        double z0 = 0, z1 = 0, z2 = 0;
        var w = Weights;
        foreach (var f in buckets)
        {
            var k = f * Classes;
            z0 += w[k];
            z1 += w[k + 1];
            z2 += w[k + 2];
        }
        logits[0] = Bias[0] + z0 * scale;
        logits[1] = Bias[1] + z1 * scale;
        logits[2] = Bias[2] + z2 * scale;
        if (AbuseWeights is not null)
        {
            var abuse = AbuseScore(buckets);
            logits[0] += AbuseCoefficients[0] * abuse;
            logits[1] += AbuseCoefficients[1] * abuse;
            logits[2] += AbuseCoefficients[2] * abuse;
        }
        for (var h = 0; h < headScores.Length; h++)
        {
            var coefficients = Heads[h].Coefficients;
            logits[0] += coefficients[0] * headScores[h];
            logits[1] += coefficients[1] * headScores[h];
            logits[2] += coefficients[2] * headScores[h];
        }
    }

    /// <summary>Log-odds of the abuse head, or 0 without one.</summary>
    public double AbuseScore(List<int> buckets) => AbuseWeights is { } weights ? AbuseBias + Sum(weights, buckets) : 0;

    /// <summary>Calibrated probabilities from uncalibrated scores.</summary>
    public void Probabilities(ReadOnlySpan<double> logits, Span<double> probabilities) =>
        Softmax(logits, Temperature, CalibrationBias, probabilities);

    public SpeechLabel Decide(ReadOnlySpan<double> probabilities)
    {
        var best = 0;
        for (var c = 1; c < Classes; c++)
        {
            if (probabilities[c] * DecisionWeights[c] > probabilities[best] * DecisionWeights[best])
            {
                best = c;
            }
        }
        return (SpeechLabel)best;
    }

    /// <summary>Probability from the incitement head, or null without one.</summary>
    public double? IncitementProbability(List<int> buckets)
    {
        if (IncitementWeights is not { } weights)
        {
            return null;
        }
        return 1 / (1 + Math.Exp(-(IncitementBias + Sum(weights, buckets))));
    }

    /// <summary>The binary head's score of a feature list: its weights summed, scaled like the class scores.</summary>
    internal static double Sum(float[] weights, List<int> buckets)
    {
        var scale = buckets.Count == 0 ? 0 : 1 / Math.Sqrt(buckets.Count);
        double z = 0;
        foreach (var f in buckets)
        {
            z += weights[f];
        }
        return z * scale;
    }

    internal static void Softmax(ReadOnlySpan<double> logits, double temperature, double[] bias, Span<double> probabilities)
    {
        var max = double.NegativeInfinity;
        for (var c = 0; c < Classes; c++)
        {
            probabilities[c] = logits[c] / temperature + bias[c];
            max = Math.Max(max, probabilities[c]);
        }
        var sum = 0.0;
        for (var c = 0; c < Classes; c++)
        {
            probabilities[c] = Math.Exp(probabilities[c] - max);
            sum += probabilities[c];
        }
        for (var c = 0; c < Classes; c++)
        {
            probabilities[c] /= sum;
        }
    }
}
