using Vigil.Speech.Lexicons;
using Vigil.Storage;

namespace Vigil.Speech.Classification;

/// <summary>
/// The <see cref="ISpeechClassifier"/> of the app: the model file of the data directory (loaded on first use and again
/// when `vigil speech train` replaces it) and the current lexicon. Not ready while no model has been trained.
/// </summary>
public sealed class SpeechClassifier(DatabaseTarget target, SpeechLexiconCache lexicon) : ISpeechClassifier
{
    private readonly string _path = SpeechModel.PathIn(target.DataDirectory);
    private readonly Lock _gate = new();
    private (DateTime Written, SpeechModel Model)? _loaded;

    public bool IsReady => File.Exists(_path);

    /// <summary>The lexicon matched now.</summary>
    public LexiconMatcher Lexicon => lexicon.Matcher;

    /// <summary>The loaded model, or null when none has been trained.</summary>
    public SpeechModel? Model
    {
        get
        {
            if (!File.Exists(_path))
            {
                return null;
            }
            var written = File.GetLastWriteTimeUtc(_path);
            lock (_gate)
            {
                if (_loaded is not { } loaded || loaded.Written != written)
                {
                    _loaded = (written, SpeechModel.Load(_path)!);
                }
                return _loaded.Value.Model;
            }
        }
    }

    public IReadOnlyList<SpeechVerdict> Classify(IReadOnlyList<SpeechText> texts)
    {
        var model = Model ?? throw new DomainRuleException("speech.model", $"No speech model has been trained: run `vigil speech train` (the demo trains it).");
        return new SpeechClassifierEngine(model, lexicon.Matcher).Classify(texts);
    }
}
