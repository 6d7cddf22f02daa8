using System.Text;

namespace Vigil.Speech.Classification;

/// <summary>
/// Every language's model in one versioned file in the data directory (<see cref="FileName"/>): a format number, the
/// time it was trained, the datasets it was trained on, the English trigram profile of the language detector, then one
/// <see cref="SpeechLanguageModel"/> per language.
/// </summary>
public sealed class SpeechModel(DateTime trainedAtUtc, string trainedOn, IReadOnlySet<long> englishTrigrams, IReadOnlyDictionary<string, SpeechLanguageModel> languages)
{
    /// <summary>Raised when the file layout or the features change (2: one count per bucket, Chinese 1–2-grams; 3: the
    /// abuse head and Chinese cue features; 4: heads learnt from the training set's target and expression columns); an
    /// older file is refused with a message to train again.</summary>
    public const int FormatVersion = 4;

    public const string Folder = "speech";

    public static readonly string FileName = $"speech-model-v{FormatVersion}.bin";

    private const string Magic = "VIGIL-SPEECH";

    public DateTime TrainedAtUtc { get; } = trainedAtUtc;

    /// <summary>The datasets and row counts the model learned from, for `speech evaluate` and the API to show.</summary>
    public string TrainedOn { get; } = trainedOn;

    public IReadOnlySet<long> EnglishTrigrams { get; } = englishTrigrams;

    public IReadOnlyDictionary<string, SpeechLanguageModel> Languages { get; } = languages;

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, Folder, FileName);

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Written beside and moved over, so a server reading the model never sees half a file.
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(TrainedAtUtc.Ticks);
            writer.Write(TrainedOn);
            writer.Write(EnglishTrigrams.Count);
            foreach (var trigram in EnglishTrigrams)
            {
                writer.Write(trigram);
            }
            writer.Write(Languages.Count);
            foreach (var model in Languages.Values)
            {
                Write(writer, model);
            }
            // A trailer added within format 4 (so files written before it still load): each language's out-of-fold
            // macro-F1, for the model card.
            writer.Write(Languages.Count);
            foreach (var model in Languages.Values)
            {
                writer.Write(model.Language);
                writer.Write(model.CrossValidatedMacroF1);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The model at <paramref name="path"/>, or null when there is none.</summary>
    public static SpeechModel? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"{path} is not a speech model of format {FormatVersion}; run `vigil speech train` again.");
        }
        var trainedAt = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
        var trainedOn = reader.ReadString();
        var trigrams = new HashSet<long>();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            trigrams.Add(reader.ReadInt64());
        }
        var languages = new Dictionary<string, SpeechLanguageModel>(StringComparer.Ordinal);
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var model = Read(reader);
            model.CrossValidatedMacroF1 = double.NaN;
            languages[model.Language] = model;
        }
        if (stream.Position < stream.Length)
        {
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var language = reader.ReadString();
                var macroF1 = reader.ReadDouble();
                if (languages.TryGetValue(language, out var model))
                {
                    model.CrossValidatedMacroF1 = macroF1;
                }
            }
        }
        return new SpeechModel(trainedAt, trainedOn, trigrams, languages);
    }

    private static void Write(BinaryWriter writer, SpeechLanguageModel model)
    {
        writer.Write(model.Language);
        writer.Write(model.Bits);
        WriteDoubles(writer, model.Bias);
        writer.Write(model.Temperature);
        WriteDoubles(writer, model.CalibrationBias);
        WriteDoubles(writer, model.DecisionWeights);
        WriteFloats(writer, model.Weights);
        writer.Write(model.IncitementWeights is not null);
        if (model.IncitementWeights is { } incitement)
        {
            writer.Write(model.IncitementBias);
            WriteFloats(writer, incitement);
        }
        writer.Write(model.AbuseWeights is not null);
        if (model.AbuseWeights is { } abuse)
        {
            writer.Write(model.AbuseBias);
            WriteDoubles(writer, model.AbuseCoefficients);
            WriteFloats(writer, abuse);
        }
        writer.Write(model.Heads.Count);
        foreach (var head in model.Heads)
        {
            writer.Write(head.Name);
            writer.Write(head.Bias);
            WriteDoubles(writer, head.Coefficients);
            WriteFloats(writer, head.Weights);
        }
    }

    private static SpeechLanguageModel Read(BinaryReader reader)
    {
        var model = new SpeechLanguageModel(reader.ReadString(), reader.ReadInt32());
        ReadDoubles(reader, model.Bias);
        model.Temperature = reader.ReadDouble();
        ReadDoubles(reader, model.CalibrationBias);
        ReadDoubles(reader, model.DecisionWeights);
        ReadFloats(reader, model.Weights);
        if (reader.ReadBoolean())
        {
            model.IncitementBias = reader.ReadDouble();
            model.IncitementWeights = new float[model.Dimension];
            ReadFloats(reader, model.IncitementWeights);
        }
        if (reader.ReadBoolean())
        {
            model.AbuseBias = reader.ReadDouble();
            ReadDoubles(reader, model.AbuseCoefficients);
            model.AbuseWeights = new float[model.Dimension];
            ReadFloats(reader, model.AbuseWeights);
        }
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var name = reader.ReadString();
            var bias = reader.ReadDouble();
            var coefficients = new double[SpeechLanguageModel.Classes];
            ReadDoubles(reader, coefficients);
            var head = new SpeechHead(name, new float[model.Dimension], bias);
            coefficients.CopyTo(head.Coefficients, 0);
            ReadFloats(reader, head.Weights);
            model.Heads.Add(head);
        }
        return model;
    }

    private static void WriteDoubles(BinaryWriter writer, double[] values)
    {
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static void ReadDoubles(BinaryReader reader, double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadDouble();
        }
    }

    private static void WriteFloats(BinaryWriter writer, float[] values) =>
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));

    private static void ReadFloats(BinaryReader reader, float[] values)
    {
        try
        {
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("The speech model file ends early; run `vigil speech train` again.");
        }
    }
}
