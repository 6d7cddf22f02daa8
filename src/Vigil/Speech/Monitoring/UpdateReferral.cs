using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

/// <summary>Records the platform's answer (or corrects a referral). Null when the referral does not exist or the viewer may not see it.</summary>
public sealed class UpdateReferral(VigilDb db, TimeProvider time)
{
    public async Task<SpeechReferral?> RunAsync(Guid id, ReferralInput input, Viewer viewer, CancellationToken cancellationToken)
    {
        var referral = await db.SpeechReferrals.VisibleTo(viewer).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return null;
        }
        if (!SpeechPostAccess.CanRefer(viewer, referral.OrganizationId))
        {
            throw new AccessDeniedException("Only admins, analysts and reviewers of the post's organisation record referrals.");
        }
        referral.Edit(input.Platform, input.ReferredAt, input.Reference, input.AnsweredAt, input.Outcome, viewer.Name, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }
}
