using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

/// <summary>Records that a post was referred to its platform. Null when the post does not exist or the viewer may not see it.</summary>
public sealed class RecordReferral(VigilDb db, TimeProvider time)
{
    public async Task<SpeechReferral?> RunAsync(Guid postId, ReferralInput input, Viewer viewer, CancellationToken cancellationToken)
    {
        var post = await db.SpeechPosts.VisibleTo(viewer).FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null)
        {
            return null;
        }
        if (!SpeechPostAccess.CanRefer(viewer, post.OrganizationId))
        {
            throw new AccessDeniedException("Only admins, analysts and reviewers of the post's organisation record referrals.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var referral = SpeechReferral.For(post, input.Platform, input.ReferredAt, viewer.Name, now);
        referral.Edit(input.Platform, input.ReferredAt, input.Reference, input.AnsweredAt, input.Outcome, viewer.Name, now);
        db.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }
}
