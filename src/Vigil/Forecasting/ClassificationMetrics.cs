namespace Vigil.Forecasting;

/// <summary>The scores the EWP reports for its forecasts, computed over pooled country-years.</summary>
public static class ClassificationMetrics
{
    /// <summary>
    /// ROC AUC as the Mann–Whitney statistic: the chance that a random onset outranks a random
    /// non-onset, tied scores counting one half (average ranks). NaN without both classes.
    /// </summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<int> outcomes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Count, outcomes.Count);
        var ranks = AverageRanks(scores);
        double positives = 0, rankSum = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            if (outcomes[i] == 1)
            {
                positives++;
                rankSum += ranks[i];
            }
        }
        var negatives = scores.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN
            : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /// <summary>Share of onsets whose rank (1 = highest risk) is at most <paramref name="k"/>. NaN without onsets.</summary>
    public static double RecallAt(int k, IReadOnlyList<int> ranks, IReadOnlyList<int> outcomes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(ranks.Count, outcomes.Count);
        int onsets = 0, caught = 0;
        for (var i = 0; i < ranks.Count; i++)
        {
            if (outcomes[i] == 1)
            {
                onsets++;
                caught += ranks[i] <= k ? 1 : 0;
            }
        }
        return onsets == 0 ? double.NaN : (double)caught / onsets;
    }

    /// <summary>Mean squared difference between probability and outcome (0 is perfect).</summary>
    public static double Brier(IReadOnlyList<double> probabilities, IReadOnlyList<int> outcomes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(probabilities.Count, outcomes.Count);
        if (probabilities.Count == 0)
        {
            return double.NaN;
        }
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var d = probabilities[i] - outcomes[i];
            sum += d * d;
        }
        return sum / probabilities.Count;
    }

    /// <summary>Ranks 1…n in ascending order of score, ties sharing the average of their ranks.</summary>
    public static double[] AverageRanks(IReadOnlyList<double> scores)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var ranks = new double[scores.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }
            var rank = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /// <summary>Ranks 1 = highest risk; ties take the lowest (best) rank, as the EWP does ("1224").</summary>
    public static int[] RiskRanks(IReadOnlyList<double> risks)
    {
        var ranks = new int[risks.Count];
        for (var i = 0; i < risks.Count; i++)
        {
            var higher = 0;
            for (var j = 0; j < risks.Count; j++)
            {
                higher += risks[j] > risks[i] ? 1 : 0;
            }
            ranks[i] = higher + 1;
        }
        return ranks;
    }
}
