using Vigil.Security;

namespace Vigil.Speech.Monitoring;

using Classification = Vigil.Security.Classification;

/// <summary>
/// A post from a monitored platform, unique by (<see cref="Source"/>, <see cref="PostId"/>), with the classifier's verdict stored
/// beside it (null until a classifier was ready) and the review state. Written in bulk by <see cref="PostBatchWriter"/>, never
/// one by one through the change tracker; the author handle is Confidential (encrypted at rest).
/// </summary>
public sealed class SpeechPost
{
    public const int TextMaxLength = 10_000;

    private readonly List<SpeechReview> _reviews = [];

    private SpeechPost()
    {
    }

    public Guid Id { get; private set; }
    public string Source { get; private set; } = "";
    public string PostId { get; private set; } = "";
    public string Text { get; private set; } = "";

    /// <summary>Language as supplied (en, zh, am, my), or null for the classifier to detect.</summary>
    public string? Language { get; private set; }
    public string? Platform { get; private set; }
    public string? AuthorHandle { get; private set; }
    public DateTime? PostedAt { get; private set; }
    public string? CountryIso3 { get; private set; }
    public string? Admin1 { get; private set; }
    public string? Url { get; private set; }
    public int? Followers { get; private set; }
    public int? Shares { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public DateTime IngestedAt { get; private set; }

    public SpeechLabel? Label { get; private set; }
    public double? PHate { get; private set; }
    public double? POffensive { get; private set; }
    public double? PNormal { get; private set; }
    public bool Incitement { get; private set; }

    /// <summary>Lexicon hits as JSON (<see cref="LexiconHitsJson"/>).</summary>
    public string? LexiconHits { get; private set; }

    /// <summary>Highest severity (1–3) among the lexicon hits, 0 for none.</summary>
    public int LexiconSeverity { get; private set; }

    /// <summary>Target groups of the lexicon hits, ';'-separated ("" for none): the surge series per group read it.</summary>
    public string TargetGroups { get; private set; } = "";

    /// <summary>The language the classifier read the text as.</summary>
    public string? VerdictLanguage { get; private set; }
    public string? ModelVersion { get; private set; }
    public DateTime? ClassifiedAt { get; private set; }

    /// <summary>The review queue's order (<see cref="DangerScore"/>); 0 until classified.</summary>
    public double Danger { get; private set; }

    /// <summary>Put before a reviewer (<see cref="DangerScore.IsFlagged"/>).</summary>
    public bool Flagged { get; private set; }

    /// <summary>The decision in force: the second review's when there is one, else the first's; null while unreviewed.</summary>
    public RabatDecision? Decision { get; private set; }
    public int ReviewCount { get; private set; }

    public IReadOnlyList<SpeechReview> Reviews => _reviews;

    public bool IsClassified => ClassifiedAt is not null;

    public int Reach => (Followers ?? 0) + (Shares ?? 0);

    internal static SpeechPost From(PostInput input, Guid? organizationId, Classification classification, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        Source = input.Source,
        PostId = input.PostId,
        Text = input.Text,
        Language = input.Language,
        Platform = input.Platform,
        AuthorHandle = input.AuthorHandle,
        PostedAt = input.PostedAt,
        CountryIso3 = input.CountryIso3,
        Admin1 = input.Admin1,
        Url = input.Url,
        Followers = input.Followers,
        Shares = input.Shares,
        OrganizationId = organizationId,
        Classification = classification,
        IngestedAt = now,
    };

    internal void Classified(SpeechVerdict verdict, string? modelVersion, DateTime now)
    {
        Label = verdict.Label;
        PHate = verdict.PHate;
        POffensive = verdict.POffensive;
        PNormal = verdict.PNormal;
        Incitement = verdict.Incitement;
        LexiconHits = LexiconHitsJson.Write(verdict.LexiconHits);
        LexiconSeverity = verdict.LexiconHits.Count == 0 ? 0 : verdict.LexiconHits.Max(h => h.Severity);
        TargetGroups = string.Join(';', verdict.LexiconHits.Select(h => h.TargetGroup).OfType<string>().Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        VerdictLanguage = verdict.Language;
        ModelVersion = modelVersion;
        ClassifiedAt = now;
        Danger = DangerScore.Of(verdict, Reach);
        Flagged = DangerScore.IsFlagged(verdict);
    }

    internal SpeechReview Review(RabatRatings ratings, RabatDecision decision, string by, DateTime now)
    {
        var first = _reviews.OrderBy(r => r.At).FirstOrDefault();
        if (_reviews.Count >= 2)
        {
            throw new DomainRuleException("decision", "decision: this post already has a confirming second review; it cannot be reviewed again.", conflict: true);
        }
        if (first is not null && string.Equals(first.By, by, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException("decision", "decision: the second review must come from another reviewer than the first.", conflict: true);
        }
        ratings.Check(decision);
        var review = new SpeechReview(Id, ratings, decision, first?.Decision, by, now);
        _reviews.Add(review);
        Decision = decision;
        ReviewCount = _reviews.Count;
        return review;
    }
}
