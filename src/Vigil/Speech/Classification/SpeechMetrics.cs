namespace Vigil.Speech.Classification;

/// <summary>
/// Scores of a labelled run: F1 per class, macro-F1 over the classes the gold labels contain (COLD's dev split has no
/// hate, so its macro-F1 is over two), accuracy, and expected calibration error (ECE: the gap between confidence and
/// accuracy of the top label, weighted over ten equal-width confidence bins), and <see cref="Toxic"/>: hate or offensive
/// against normal as one decision, the line a monitor acts on when a post is worth a reviewer's look at all.
/// </summary>
public sealed record SpeechMetrics(int Rows, double Accuracy, double MacroF1, IReadOnlyDictionary<SpeechLabel, double> F1, IReadOnlyDictionary<SpeechLabel, int> Support, double ExpectedCalibrationError, Detection Toxic)
{
    public const int Bins = 10;

    public static SpeechMetrics Of(IReadOnlyList<SpeechLabel> gold, IReadOnlyList<SpeechVerdict> verdicts)
    {
        var labels = gold.Select(g => (int)g).ToArray();
        var predicted = verdicts.Select(v => (int)v.Label).ToArray();
        var f1 = new Dictionary<SpeechLabel, double>();
        var support = new Dictionary<SpeechLabel, int>();
        foreach (var label in Enum.GetValues<SpeechLabel>())
        {
            f1[label] = ClassF1(labels, predicted, (int)label);
            support[label] = labels.Count(l => l == (int)label);
        }
        var correct = labels.Where((l, i) => l == predicted[i]).Count();
        var toxic = Detection.Of([.. gold.Select(g => g != SpeechLabel.Normal)], [.. verdicts.Select(v => v.Label != SpeechLabel.Normal)]);
        return new SpeechMetrics(labels.Length, labels.Length == 0 ? 0 : (double)correct / labels.Length, MacroF1Of(labels, predicted), f1, support, Ece(labels, verdicts), toxic);
    }

    internal static double MacroF1Of(int[] labels, int[] predicted)
    {
        var sum = 0.0;
        var classes = 0;
        for (var c = 0; c < SpeechLanguageModel.Classes; c++)
        {
            if (Array.IndexOf(labels, c) < 0)
            {
                continue;
            }
            sum += ClassF1(labels, predicted, c);
            classes++;
        }
        return classes == 0 ? 0 : sum / classes;
    }

    private static double ClassF1(int[] labels, int[] predicted, int c) =>
        Detection.Of([.. labels.Select(l => l == c)], [.. predicted.Select(p => p == c)]).F1;

    private static double Ece(int[] labels, IReadOnlyList<SpeechVerdict> verdicts)
    {
        var count = new int[Bins];
        var confidence = new double[Bins];
        var correct = new int[Bins];
        for (var i = 0; i < labels.Length; i++)
        {
            var v = verdicts[i];
            double[] p = [v.PHate, v.POffensive, v.PNormal];
            var top = Array.IndexOf(p, p.Max());
            var bin = Math.Min(Bins - 1, (int)(p[top] * Bins));
            count[bin]++;
            confidence[bin] += p[top];
            correct[bin] += top == labels[i] ? 1 : 0;
        }
        var ece = 0.0;
        for (var b = 0; b < Bins; b++)
        {
            if (count[b] > 0)
            {
                ece += Math.Abs(confidence[b] / count[b] - (double)correct[b] / count[b]) * count[b] / labels.Length;
            }
        }
        return labels.Length == 0 ? 0 : ece;
    }
}

/// <summary>Precision, recall and F1 of one yes/no decision against gold yes/no answers.</summary>
public sealed record Detection(int Positives, double Precision, double Recall, double F1)
{
    public static Detection Of(IReadOnlyList<bool> gold, IReadOnlyList<bool> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold answers against {predicted.Count} predictions.", nameof(predicted));
        }
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            tp += gold[i] && predicted[i] ? 1 : 0;
            fp += !gold[i] && predicted[i] ? 1 : 0;
            fn += gold[i] && !predicted[i] ? 1 : 0;
        }
        return new Detection(tp + fn, tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn),
            tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn));
    }
}
