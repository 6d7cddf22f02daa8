using Vigil.Speech.Monitoring;

namespace Vigil.App.Pages.Speech;

/// <summary>The Rabat form as posted: six ratings (0–3), a note per factor and the decision (its enum name).</summary>
public sealed class RabatForm
{
    public int? Context { get; set; }
    public int? Speaker { get; set; }
    public int? Intent { get; set; }
    public int? ContentAndForm { get; set; }
    public int? Extent { get; set; }
    public int? Likelihood { get; set; }
    public string? ContextNote { get; set; }
    public string? SpeakerNote { get; set; }
    public string? IntentNote { get; set; }
    public string? ContentAndFormNote { get; set; }
    public string? ExtentNote { get; set; }
    public string? LikelihoodNote { get; set; }
    public string? Decision { get; set; }

    public ReviewPost.Request ToRequest(Guid postId)
    {
        var notes = new Dictionary<RabatFactor, string>();
        foreach (var factor in Enum.GetValues<RabatFactor>())
        {
            if (NoteOf(factor) is { Length: > 0 } note && !string.IsNullOrWhiteSpace(note))
            {
                notes[factor] = note.Trim();
            }
        }
        int Rating(RabatFactor factor) => RatingOf(factor)
            ?? throw new DomainRuleException(RabatRatings.FieldOf(factor), new ResourceText(SpeechMonitorText.ResourceManager, nameof(SpeechMonitorText.RateEveryFactor)));
        var decision = Enum.TryParse<RabatDecision>(Decision, ignoreCase: true, out var d) && Enum.IsDefined(d)
            ? d
            : throw new DomainRuleException("decision", new ResourceText(SpeechMonitorText.ResourceManager, nameof(SpeechMonitorText.ChooseDecision)));
        return new(postId, new RabatRatings(Rating(RabatFactor.Context), Rating(RabatFactor.Speaker), Rating(RabatFactor.Intent),
            Rating(RabatFactor.ContentAndForm), Rating(RabatFactor.Extent), Rating(RabatFactor.Likelihood), notes), decision);
    }

    public int? RatingOf(RabatFactor factor) => factor switch
    {
        RabatFactor.Context => Context,
        RabatFactor.Speaker => Speaker,
        RabatFactor.Intent => Intent,
        RabatFactor.ContentAndForm => ContentAndForm,
        RabatFactor.Extent => Extent,
        _ => Likelihood,
    };

    public string? NoteOf(RabatFactor factor) => factor switch
    {
        RabatFactor.Context => ContextNote,
        RabatFactor.Speaker => SpeakerNote,
        RabatFactor.Intent => IntentNote,
        RabatFactor.ContentAndForm => ContentAndFormNote,
        RabatFactor.Extent => ExtentNote,
        _ => LikelihoodNote,
    };
}
