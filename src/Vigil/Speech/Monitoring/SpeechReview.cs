namespace Vigil.Speech.Monitoring;

/// <summary>
/// One reviewer's Rabat test of a post: the six ratings with notes, the decision, who and when. A second review records
/// whether it confirms the first (same decision) or overturns it.
/// </summary>
public sealed class SpeechReview
{
    private SpeechReview()
    {
    }

    internal SpeechReview(Guid postId, RabatRatings ratings, RabatDecision decision, RabatDecision? firstDecision, string by, DateTime at)
    {
        Id = Guid.NewGuid();
        PostId = postId;
        Context = ratings.Context;
        Speaker = ratings.Speaker;
        Intent = ratings.Intent;
        ContentAndForm = ratings.ContentAndForm;
        Extent = ratings.Extent;
        Likelihood = ratings.Likelihood;
        ContextNote = ratings.NoteOf(RabatFactor.Context);
        SpeakerNote = ratings.NoteOf(RabatFactor.Speaker);
        IntentNote = ratings.NoteOf(RabatFactor.Intent);
        ContentAndFormNote = ratings.NoteOf(RabatFactor.ContentAndForm);
        ExtentNote = ratings.NoteOf(RabatFactor.Extent);
        LikelihoodNote = ratings.NoteOf(RabatFactor.Likelihood);
        Decision = decision;
        Second = firstDecision is not null;
        Confirms = firstDecision is { } first ? first == decision : null;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid PostId { get; private set; }
    public int Context { get; private set; }
    public int Speaker { get; private set; }
    public int Intent { get; private set; }
    public int ContentAndForm { get; private set; }
    public int Extent { get; private set; }
    public int Likelihood { get; private set; }
    public string? ContextNote { get; private set; }
    public string? SpeakerNote { get; private set; }
    public string? IntentNote { get; private set; }
    public string? ContentAndFormNote { get; private set; }
    public string? ExtentNote { get; private set; }
    public string? LikelihoodNote { get; private set; }
    public RabatDecision Decision { get; private set; }

    /// <summary>The second review of the post.</summary>
    public bool Second { get; private set; }

    /// <summary>For a second review: true when it confirms the first decision, false when it overturns it.</summary>
    public bool? Confirms { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }

    /// <summary>The six ratings and their notes as the reviewer gave them (stored one column each, read as one record).</summary>
    public RabatRatings Ratings => new(Context, Speaker, Intent, ContentAndForm, Extent, Likelihood,
        new Dictionary<RabatFactor, string?>
        {
            [RabatFactor.Context] = ContextNote,
            [RabatFactor.Speaker] = SpeakerNote,
            [RabatFactor.Intent] = IntentNote,
            [RabatFactor.ContentAndForm] = ContentAndFormNote,
            [RabatFactor.Extent] = ExtentNote,
            [RabatFactor.Likelihood] = LikelihoodNote,
        }.Where(n => n.Value is not null).ToDictionary(n => n.Key, n => n.Value!));
}
