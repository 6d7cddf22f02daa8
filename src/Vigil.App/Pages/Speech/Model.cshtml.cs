using Vigil.App.Pages.Shared;
using Vigil.Speech.Classification;

namespace Vigil.App.Pages.Speech;

/// <summary>The classifier's model card: what it was trained on, how well each language's model does out of fold, and its
/// known limits, so a reviewer knows how far to trust a flag (GET /api/v1/speech/model gives the same figures).</summary>
public sealed class ModelModel(SpeechClassifier classifier) : VigilPageModel
{
    public SpeechModelCard? Card { get; private set; }

    public void OnGet() => Card = classifier.Model is { } model ? SpeechModelCard.Of(model) : null;
}
