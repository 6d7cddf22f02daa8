namespace Vigil.Speech.Classification;

/// <summary>
/// Trains <see cref="SpeechModel"/> from labelled examples, one model per language: AdaGrad logistic regression over
/// hashed n-grams with class weights, then, on out-of-fold scores of the training rows (five folds), temperature-and-bias
/// calibration (least log loss) and the per-class decision weights with the best macro-F1. Dev splits are never read here.
/// </summary>
public static class SpeechModelTrainer
{
    public const int Epochs = 20;

    /// <summary>2^20 buckets per language (12 MB of weights each): from 2^19, Davidson's dev macro-F1 rose from 0.707 to
    /// 0.716 and ToxiCN's from 0.603 to 0.606 — fewer collisions between the 2–5-grams of a large vocabulary.</summary>
    public const int DefaultBits = 20;

    /// <summary>Folds of the out-of-fold scores that calibration and the decision weights are fitted on.</summary>
    public const int Folds = 5;

    // Small steps over many epochs: the held-out macro-F1 of Davidson rose from 0.68 (0.5 × 6) to 0.71 (0.1 × 20).
    private const double LearningRate = 0.1;

    /// <summary>An incitement head needs at least this many positive rows.</summary>
    private const int MinIncitementPositives = 20;

    /// <summary>An abuse head needs at least this many rows of an abuse-only dataset.</summary>
    private const int MinAbuseRows = 100;

    /// <summary>A target or expression head needs at least this many positive rows.</summary>
    private const int MinHeadPositives = 100;

    /// <summary>
    /// Languages whose training rows' `target` and `expression` columns train heads (<see cref="SpeechHead"/>). Only
    /// Chinese was measured (ToxiCN's columns); the English, Amharic and Burmese sets name targets in other vocabularies
    /// (ethos, myhatespeech, amharic_trac) and were not tried.
    /// </summary>
    public static readonly IReadOnlyList<string> HeadLanguages = ["zh"];

    /// <summary>
    /// The heads kept, chosen by ToxiCN's out-of-fold macro-F1 on train (0.621 without heads): implicit 0.626, implicit
    /// and reporting 0.628. Heads that nearly restate the hate label hurt — "targets a group" 0.601, explicit with
    /// implicit 0.616, all nine 0.608 — their out-of-fold scores are noisier than the n-grams the three-class model fits
    /// itself; the five group kinds with implicit gave 0.624.
    /// </summary>
    public static readonly IReadOnlyList<string> HeadsKept = ["expression:implicit", "expression:reporting"];

    /// <summary>
    /// Datasets labelled only abusive or not (COLD: "offensive" means hate or offensive): they train the language's abuse
    /// head, whose score is one input of the three-class model, never the three-class model itself (pooled as offensive,
    /// COLD took ToxiCN's dev macro-F1 from 0.57 to 0.44).
    /// </summary>
    public static readonly IReadOnlyList<string> AbuseOnlyDatasets = ["cold"];

    /// <summary>
    /// Datasets trained on by default. HateXplain (lower-cased, punctuation stripped, other hate/offensive boundary)
    /// lowers Davidson's dev macro-F1 from 0.70 to 0.66 when pooled, so it stays available with `--datasets` only; COLD
    /// trains the Chinese abuse head (<see cref="AbuseOnlyDatasets"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultDatasets = ["davidson", "ethos", "toxicn", "cold", "amharic", "amharic_trac", "myhatespeech"];

    /// <summary>The named datasets under <paramref name="dataDirectory"/> (each folder's train.csv); all folders when
    /// <paramref name="datasets"/> is null.</summary>
    public static IReadOnlyList<SpeechExample> ReadTrainingSets(string dataDirectory, IReadOnlyCollection<string>? datasets = null)
    {
        var all = new List<SpeechExample>();
        foreach (var folder in Directory.GetDirectories(dataDirectory).Order(StringComparer.Ordinal))
        {
            if (datasets is not null && !datasets.Contains(Path.GetFileName(folder)))
            {
                continue;
            }
            var train = Path.Combine(folder, "train.csv");
            if (File.Exists(train))
            {
                all.AddRange(SpeechCsv.ReadLabelled(train, Path.GetFileName(folder)));
            }
        }
        return all;
    }

    /// <summary>Steps reported to <c>progress</c>: one per language, model (each fold's and the final one) and epoch, plus
    /// one per language for calibration.</summary>
    public static int Steps(IReadOnlyList<SpeechExample> examples) => Languages(examples).Count * ((Folds + 1) * Epochs + 1);

    /// <param name="identityExamples">Whether English and Chinese also learn from <see cref="IdentityExamples"/> (always, but
    /// for the test that measures what they change).</param>
    public static SpeechModel Train(IReadOnlyList<SpeechExample> examples, TimeProvider time, IProgress<int>? progress = null, int bits = DefaultBits,
        bool identityExamples = true)
    {
        var done = 0;
        var byLanguage = Languages(examples);
        foreach (var identity in IdentityExamples.For(identityExamples ? byLanguage.Keys : []).GroupBy(e => e.Language!))
        {
            byLanguage[identity.Key].AddRange(identity);
        }
        var models = new Dictionary<string, SpeechLanguageModel>(StringComparer.Ordinal);
        Parallel.ForEach(byLanguage, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, pair =>
        {
            var model = TrainLanguage(pair.Key, pair.Value, bits, () => progress?.Report(Interlocked.Increment(ref done)));
            lock (models)
            {
                models[pair.Key] = model;
            }
        });
        var trainedOn = SpeechModelCard.Describe(byLanguage.Values.SelectMany(l => l).GroupBy(e => e.Dataset).Select(g => new SpeechModelCard.Dataset(g.Key, g.Count())));
        return new SpeechModel(time.GetUtcNow().UtcDateTime, trainedOn, EnglishProfile(examples), models);
    }

    private static Dictionary<string, List<SpeechExample>> Languages(IReadOnlyList<SpeechExample> examples) =>
        examples.Where(e => e.Language is { } l && SpeechCsv.Languages.Contains(l))
            .GroupBy(e => e.Language!)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    private static SpeechLanguageModel TrainLanguage(string language, List<SpeechExample> examples, int bits, Action step)
    {
        var features = new List<int>[examples.Count];
        Parallel.For(0, examples.Count, i =>
        {
            features[i] = [];
            NgramFeatures.Extract(SpeechNormalizer.Normalize(examples[i].Text), language, bits, features[i]);
        });
        var abuseRows = Enumerable.Range(0, examples.Count).Where(i => AbuseOnlyDatasets.Contains(examples[i].Dataset)).ToList();
        // Our identity-neutral rows are learnt from by every model (each fold's and the final one) but never scored: the
        // out-of-fold figure, calibration and decision weights stay the datasets' own.
        var learnOnly = Enumerable.Range(0, examples.Count).Where(i => examples[i].Dataset == IdentityExamples.Dataset).ToList();
        var rows = Enumerable.Range(0, examples.Count)
            .Where(i => !AbuseOnlyDatasets.Contains(examples[i].Dataset) && examples[i].Dataset != IdentityExamples.Dataset).ToList();
        float[]? abuseWeights = null;
        double abuseBias = 0;
        if (abuseRows.Count >= MinAbuseRows)
        {
            (abuseWeights, abuseBias) = TrainBinary(features, [.. abuseRows], i => examples[i].Label != SpeechLabel.Normal, bits, 29);
        }
        SpeechLanguageModel NewModel()
        {
            var model = new SpeechLanguageModel(language, bits) { AbuseWeights = abuseWeights, AbuseBias = abuseBias };
            return model;
        }
        // Out-of-fold scores: every training row is scored by a model that did not learn from it, so calibration and
        // the decision weights are fitted on all rows rather than on one held-out eighth (73 offensive rows of ToxiCN).
        var fold = examples.Select(e => (int)(StableHash(e.Id) % Folds)).ToArray();
        var (heads, headScores) = TrainHeads(language, examples, features, rows, fold, bits);
        var outOfFold = new double[rows.Count][];
        for (var k = 0; k < Folds; k++)
        {
            var part = NewModel();
            part.Heads.AddRange(heads.Select(h => new SpeechHead(h.Name, h.Weights, h.Bias)));
            FitWeights(part, examples, features, headScores, [.. rows.Where(i => fold[i] != k), .. learnOnly], step);
            for (var r = 0; r < rows.Count; r++)
            {
                if (fold[rows[r]] == k)
                {
                    outOfFold[r] = new double[SpeechLanguageModel.Classes];
                    part.Logits(features[rows[r]], headScores[rows[r]], outOfFold[r]);
                }
            }
        }
        var final = NewModel();
        final.Heads.AddRange(heads);
        FitWeights(final, examples, features, headScores, [.. rows, .. learnOnly], step);
        var labels = rows.Select(i => (int)examples[i].Label).ToArray();
        SpeechCalibration.Fit(final, outOfFold, labels);
        final.CrossValidatedMacroF1 = SpeechCalibration.FitDecisionWeights(final, outOfFold, labels);
        TrainIncitement(final, examples, features, rows);
        step();
        return final;
    }

    /// <summary>
    /// The target and expression heads of a language whose rows carry those columns: of "targets a group", one per group
    /// kind and one per expression other than none, those in <see cref="HeadsKept"/> with at least
    /// <see cref="MinHeadPositives"/> positives among the annotated rows. Returns the full-data heads (kept for classifying) and, per example, the heads' out-of-fold scores
    /// (same folds as the three-class model), which the three-class model is trained on so that it learns how far to
    /// trust a head on rows the head has not seen. No heads (and empty scores) without annotated rows.
    /// </summary>
    private static (List<SpeechHead> Heads, double[][] Scores) TrainHeads(string language, List<SpeechExample> examples, List<int>[] features, List<int> rows, int[] fold, int bits)
    {
        var tasks = new List<(string Name, int[] Rows, Func<int, bool> Positive)>();
        if (HeadLanguages.Contains(language))
        {
            var targeted = rows.Where(i => examples[i].Target is not null).ToArray();
            var expressed = rows.Where(i => examples[i].Expression is not null).ToArray();
            string[] Kinds(int i) => examples[i].Target!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (targeted.Length > 0)
            {
                tasks.Add(("target", targeted, i => Kinds(i).Length > 0));
            }
            foreach (var kind in targeted.SelectMany(Kinds).Distinct().Order(StringComparer.Ordinal))
            {
                tasks.Add(("target:" + kind, targeted, i => Kinds(i).Contains(kind)));
            }
            foreach (var expression in expressed.Select(i => examples[i].Expression!).Where(e => e is not ("" or "none")).Distinct().Order(StringComparer.Ordinal))
            {
                tasks.Add(("expression:" + expression, expressed, i => examples[i].Expression == expression));
            }
            tasks.RemoveAll(t => t.Rows.Count(t.Positive) < MinHeadPositives || !HeadsKept.Contains(t.Name));
        }
        var scores = new double[examples.Count][];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = new double[tasks.Count];
        }
        var heads = new SpeechHead[tasks.Count];
        Parallel.For(0, tasks.Count * (Folds + 1), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            var (t, k) = (job / (Folds + 1), job % (Folds + 1));
            var task = tasks[t];
            if (k == Folds)
            {
                var (weights, bias) = TrainBinary(features, [.. task.Rows], task.Positive, bits, 31 + t);
                heads[t] = new SpeechHead(task.Name, weights, bias);
                return;
            }
            var (foldWeights, foldBias) = TrainBinary(features, [.. task.Rows.Where(i => fold[i] != k)], task.Positive, bits, 31 + t);
            var scorer = new SpeechHead(task.Name, foldWeights, foldBias);
            foreach (var i in rows.Where(i => fold[i] == k))
            {
                scores[i][t] = scorer.Score(features[i]);
            }
        });
        // Rows outside the folds (learnt from, never scored: IdentityExamples) take the full-data heads' scores, which
        // have not seen them either.
        var scored = rows.ToHashSet();
        for (var i = 0; i < scores.Length; i++)
        {
            if (!scored.Contains(i))
            {
                for (var t = 0; t < heads.Length; t++)
                {
                    scores[i][t] = heads[t].Score(features[i]);
                }
            }
        }
        return ([.. heads], scores);
    }

    /// <summary>AdaGrad over <paramref name="rows"/> for <see cref="Epochs"/> epochs, with square-root class weights.</summary>
    private static void FitWeights(SpeechLanguageModel model, List<SpeechExample> examples, List<int>[] features, double[][] headScores, List<int> rows, Action step)
    {
        var counts = new double[SpeechLanguageModel.Classes];
        foreach (var i in rows)
        {
            counts[(int)examples[i].Label]++;
        }
        // Square-root class weights: rare classes (hate is 6 % of Davidson) get features learnt, and calibration then
        // puts the probabilities back on the true frequencies.
        var classWeights = counts.Select(n => n == 0 ? 0 : Math.Sqrt(rows.Count / (SpeechLanguageModel.Classes * n))).ToArray();
        var squares = new float[model.Weights.Length];
        var order = rows.ToArray();
        var random = new Random(17);
        Span<double> logits = stackalloc double[SpeechLanguageModel.Classes];
        Span<double> p = stackalloc double[SpeechLanguageModel.Classes];
        var noBias = new double[SpeechLanguageModel.Classes];
        var biasSquares = new double[SpeechLanguageModel.Classes];
        var abuseSquares = new double[SpeechLanguageModel.Classes];
        var headSquares = new double[model.Heads.Count * SpeechLanguageModel.Classes];
        var abuse = model.AbuseWeights is null ? null : features.Select(model.AbuseScore).ToArray();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var x = features[i];
                var y = (int)examples[i].Label;
                var heads = headScores[i];
                model.Logits(x, heads, logits);
                SpeechLanguageModel.Softmax(logits, 1, noBias, p);
                var scale = x.Count == 0 ? 0 : 1 / Math.Sqrt(x.Count);
                for (var c = 0; c < SpeechLanguageModel.Classes; c++)
                {
                    var g = (p[c] - (c == y ? 1 : 0)) * classWeights[y];
                    var gf = (float)(g * scale);
                    foreach (var f in x)
                    {
                        var k = f * SpeechLanguageModel.Classes + c;
                        squares[k] += gf * gf;
                        model.Weights[k] -= (float)(LearningRate * gf / Math.Sqrt(squares[k] + 1e-8));
                    }
                    biasSquares[c] += g * g;
                    model.Bias[c] -= LearningRate * g / Math.Sqrt(biasSquares[c] + 1e-8);
                    if (abuse is not null)
                    {
                        var ga = g * abuse[i];
                        abuseSquares[c] += ga * ga;
                        model.AbuseCoefficients[c] -= LearningRate * ga / Math.Sqrt(abuseSquares[c] + 1e-8);
                    }
                    for (var h = 0; h < heads.Length; h++)
                    {
                        var gh = g * heads[h];
                        headSquares[h * SpeechLanguageModel.Classes + c] += gh * gh;
                        model.Heads[h].Coefficients[c] -= LearningRate * gh / Math.Sqrt(headSquares[h * SpeechLanguageModel.Classes + c] + 1e-8);
                    }
                }
            }
            step();
        }
    }

    private static void TrainIncitement(SpeechLanguageModel model, List<SpeechExample> examples, List<int>[] features, List<int> rows)
    {
        var labelled = rows.Where(i => examples[i].Incitement is not null).ToArray();
        if (labelled.Count(i => examples[i].Incitement == true) < MinIncitementPositives)
        {
            return;
        }
        (model.IncitementWeights, var bias) = TrainBinary(features, labelled, i => examples[i].Incitement == true, model.Bits, 23);
        model.IncitementBias = bias;
    }

    /// <summary>A binary logistic regression over <paramref name="rows"/> (AdaGrad, square-root weight on the
    /// positives when they are the fewer): the incitement head and the abuse head.</summary>
    private static (float[] Weights, double Bias) TrainBinary(List<int>[] features, int[] rows, Func<int, bool> positive, int bits, int seed)
    {
        var weights = new float[1 << bits];
        var squares = new float[1 << bits];
        var positives = rows.Count(positive);
        var positiveWeight = Math.Max(1, Math.Sqrt((double)(rows.Length - positives) / Math.Max(1, positives)));
        double bias = 0, biasSquare = 0;
        var random = new Random(seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(rows);
            foreach (var i in rows)
            {
                var x = features[i];
                var scale = x.Count == 0 ? 0 : 1 / Math.Sqrt(x.Count);
                var z = bias + SpeechLanguageModel.Sum(weights, x);
                var y = positive(i) ? 1 : 0;
                var g = (1 / (1 + Math.Exp(-z)) - y) * (y == 1 ? positiveWeight : 1);
                var gf = (float)(g * scale);
                foreach (var f in x)
                {
                    squares[f] += gf * gf;
                    weights[f] -= (float)(LearningRate * gf / Math.Sqrt(squares[f] + 1e-8));
                }
                biasSquare += g * g;
                bias -= LearningRate * g / Math.Sqrt(biasSquare + 1e-8);
            }
        }
        return (weights, bias);
    }

    // The 3000 commonest character trigrams of English training text (with word edges), for the language detector.
    private static HashSet<long> EnglishProfile(IReadOnlyList<SpeechExample> examples)
    {
        var counts = new Dictionary<long, int>();
        foreach (var example in examples.Where(e => e.Language == "en"))
        {
            foreach (var word in SpeechNormalizer.Normalize(example.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var padded = " " + word + " ";
                for (var i = 0; i + 3 <= padded.Length; i++)
                {
                    var trigram = LanguageDetector.Trigram(padded, i);
                    counts[trigram] = counts.GetValueOrDefault(trigram) + 1;
                }
            }
        }
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(3000).Select(c => c.Key)];
    }

    internal static uint StableHash(string text)
    {
        var h = 2166136261u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }
        return h;
    }
}
