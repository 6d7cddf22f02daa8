using Vigil.Security;

namespace Vigil.Speech.Monitoring;

using Classification = Vigil.Security.Classification;

public static class SpeechPostAccess
{
    /// <summary>The posts a viewer may read: <see cref="Viewer.CanSee"/>, in SQL.</summary>
    public static IQueryable<SpeechPost> VisibleTo(this IQueryable<SpeechPost> query, Viewer viewer) =>
        viewer.IsSystem ? query : query.Where(viewer.CanSeeFilter<SpeechPost>(p => p.OrganizationId, p => p.Classification));

    /// <summary>The referrals a viewer may read (those of the posts they may read).</summary>
    public static IQueryable<SpeechReferral> VisibleTo(this IQueryable<SpeechReferral> query, Viewer viewer) =>
        viewer.IsSystem ? query : query.Where(viewer.CanSeeFilter<SpeechReferral>(r => r.OrganizationId, r => r.Classification));

    /// <summary>
    /// Reviewers and admins of the post's organisation judge it on the Rabat test. Analysts, who ingest and refer, do not: the
    /// judgement is kept apart from the collection, as in the review of assessments (decision record 0031).
    /// </summary>
    public static bool CanReview(Viewer viewer, SpeechPost post) => viewer.CanReview(post.OrganizationId);

    /// <summary>Admins, analysts and reviewers of the post's organisation record and follow referrals to platforms.</summary>
    public static bool CanRefer(Viewer viewer, Guid? owner) =>
        viewer.IsSystem || (owner == viewer.OrganizationId && (Roles.CanEdit(viewer.Role) || Roles.CanReview(viewer.Role)));
}
