using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Reports.Verification;

/// <summary>
/// What every step of a review shares: the reports the viewer may see (null, hence 404, for the others), the rule that
/// reviewers, analysts and admins of the owning organisation review them (403 for the rest), the review made on first
/// touch, one save that keeps the report's status in step, and the field event that follows verification.
/// </summary>
public sealed class ReviewableReports(VigilDb db, TimeProvider time, CurrentActor current, FieldEvents fieldEvents)
{
    public Viewer Viewer => current.Viewer;

    public VigilDb Db => db;

    public DateTime Now() => time.GetUtcNow().UtcDateTime;

    /// <summary>The signed-in user's name wins over a name passed in (the CLI and the demo act as the system and name the actor).</summary>
    public string Who(string? actor) => current.Viewer.IsSystem && !string.IsNullOrWhiteSpace(actor) ? actor.Trim() : current.Viewer.Name;

    /// <summary>Reviewers, analysts and admins of the report's organisation; monitors send reports, viewers read them.</summary>
    public static bool CanReview(Viewer viewer, Guid? owner) =>
        viewer.IsSystem || (owner == viewer.OrganizationId && viewer.Role is Roles.Admin or Roles.Analyst or Roles.Reviewer);

    public IQueryable<FieldReport> Visible() =>
        Viewer.IsSystem ? db.FieldReports : db.FieldReports.Where(Viewer.CanSeeFilter<FieldReport>(r => r.OrganizationId, r => r.Classification));

    public IQueryable<ReportReview> Reviews() => db.Set<ReportReview>();

    public Task<FieldReport?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Visible().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>A report the viewer may review: null when they cannot see it (404), 403 when they see it but may not review it.</summary>
    public async Task<FieldReport?> FindReviewableAsync(Guid id, CancellationToken cancellationToken)
    {
        var report = await FindAsync(id, cancellationToken);
        if (report is not null && !CanReview(Viewer, report.OrganizationId))
        {
            throw new AccessDeniedException("Only reviewers, analysts and admins of the owning organisation review its reports.");
        }
        return report;
    }

    /// <summary>Loads a report and its review, makes one change and saves; null when the viewer cannot see the report. A broken rule stores nothing.</summary>
    public async Task<ReportReview?> ChangeAsync(Guid id, Action<FieldReport, ReportReview> change, CancellationToken cancellationToken)
    {
        var report = await FindReviewableAsync(id, cancellationToken);
        if (report is null)
        {
            return null;
        }
        var review = await db.Set<ReportReview>().Include(r => r.Corroborations).FirstOrDefaultAsync(r => r.ReportId == id, cancellationToken);
        if (review is null)
        {
            review = new ReportReview(id);
            db.Add(review);
        }
        var wasVerified = review.Status == ReportStatus.Verified;
        try
        {
            change(report, review);
        }
        catch (DomainRuleException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
        // The report's status is its intake's field (Vigil.Reports); the review decides it, so it is set here and nowhere else.
        db.Entry(report).Property(r => r.Status).CurrentValue = review.Status;
        await db.SaveChangesAsync(cancellationToken);
        var isVerified = review.Status == ReportStatus.Verified;
        // An upsert: writing again what is stored changes nothing, and mends an event a failed write left out.
        if (isVerified)
        {
            await fieldEvents.StoreAsync(report, cancellationToken);
        }
        else if (wasVerified && !isVerified)
        {
            await fieldEvents.RemoveAsync(report.Id, cancellationToken);
        }
        return review;
    }
}
