using Vigil.Security;

namespace Vigil.Speech.Monitoring;

using Classification = Vigil.Security.Classification;

/// <summary>
/// Stores posts (from a file, the API or the demo) under the viewer's organisation and a classification, classified when a
/// classifier is ready. Idempotent by (source, post id): a post sent again is counted as already stored and left unchanged.
/// Admins, analysts and monitors (who watch the feeds) ingest; the command line acts for the organisation it names.
/// </summary>
public sealed class IngestPosts(PostBatchWriter writer, SpeechVerdicts verdicts, TimeProvider time)
{
    /// <param name="Verdicts">Verdicts given with the posts (one per post, in order), used when no classifier is ready: the demo's examples.</param>
    public sealed record Request(IReadOnlyList<PostInput> Posts, Classification Classification = Classification.Internal, Guid? OrganizationId = null,
        IReadOnlyList<SpeechVerdict>? Verdicts = null);

    public const string GivenVersion = "given-with-the-posts";

    public sealed record Outcome(int Received, int Stored, int AlreadyStored, int Classified);

    public static bool CanIngest(Viewer viewer) => viewer.IsSystem || Roles.CanEdit(viewer.Role) || viewer.Role == Roles.Monitor;

    public async Task<Outcome> RunAsync(Request request, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!CanIngest(viewer))
        {
            throw new AccessDeniedException("Only admins, analysts and monitors ingest posts.");
        }
        if (!Enum.IsDefined(request.Classification))
        {
            throw new DomainRuleException("classification", "classification: public, internal, restricted or confidential.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var owner = viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId;
        // A post repeated within one batch is stored once, like a post sent again later.
        var posts = request.Posts.Select(p => SpeechPost.From(p, owner, request.Classification, now)).ToList();
        if (!verdicts.IsReady && request.Verdicts is { } given && given.Count == posts.Count)
        {
            for (var i = 0; i < posts.Count; i++)
            {
                posts[i].Classified(given[i], GivenVersion, now);
            }
        }
        posts = [.. posts.DistinctBy(p => (p.Source, p.PostId))];
        foreach (var chunk in posts.Chunk(PostBatchWriter.BatchSize))
        {
            if (verdicts.Classify(chunk) is { } found)
            {
                for (var i = 0; i < chunk.Length; i++)
                {
                    chunk[i].Classified(found[i], verdicts.ModelVersion, now);
                }
            }
        }
        var stored = await writer.WriteAsync(posts, cancellationToken);
        return new Outcome(request.Posts.Count, stored, request.Posts.Count - stored, verdicts.IsReady || request.Verdicts is not null ? stored : 0);
    }
}
