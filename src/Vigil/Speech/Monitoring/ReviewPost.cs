using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

/// <summary>
/// Records a reviewer's Rabat test of a post: six ratings, notes and a decision, dated and attributed. The second review, by
/// another reviewer, confirms or overturns the first and its decision stands; a third is refused. Null when the post does not
/// exist or the viewer may not see it.
/// </summary>
public sealed class ReviewPost(VigilDb db, TimeProvider time)
{
    public sealed record Request(Guid PostId, RabatRatings Ratings, RabatDecision Decision);

    public async Task<SpeechReview?> RunAsync(Request request, Viewer viewer, CancellationToken cancellationToken)
    {
        var post = await db.SpeechPosts.VisibleTo(viewer).Include(p => p.Reviews).FirstOrDefaultAsync(p => p.Id == request.PostId, cancellationToken);
        if (post is null)
        {
            return null;
        }
        if (!SpeechPostAccess.CanReview(viewer, post))
        {
            throw new AccessDeniedException("Only reviewers and admins of the post's organisation review posts on the Rabat test.");
        }
        if (!Enum.IsDefined(request.Decision))
        {
            throw new DomainRuleException("decision", "decision: below-threshold, counter-speech, refer-to-platform or refer-to-authorities.");
        }
        var review = post.Review(request.Ratings, request.Decision, viewer.Name, time.GetUtcNow().UtcDateTime);
        db.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }
}
