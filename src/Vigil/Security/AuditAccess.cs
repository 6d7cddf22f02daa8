using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Vigil.Security;

public static class AuditAccess
{
    /// <summary>
    /// The audit entries an admin may read: those about a record they may see (<see cref="Viewer.CanSee"/> on the
    /// record's owner and classification when the entry was written; records of no organisation are Public), and
    /// those written by someone of their own organisation. The command line reads all.
    /// </summary>
    public static IQueryable<AuditEntry> VisibleTo(this IQueryable<AuditEntry> query, Viewer viewer)
    {
        if (viewer.IsSystem)
        {
            return query;
        }
        var sees = viewer.CanSeeFilter<AuditEntry>(a => a.RecordOrganizationId, a => a.RecordClassification);
        var org = viewer.OrganizationId;
        Expression<Func<AuditEntry, bool>> ownActor = a => a.ActorOrganizationId == org;
        var entry = sees.Parameters[0];
        var body = Expression.OrElse(sees.Body, ReplacingExpressionVisitor.Replace(ownActor.Parameters[0], entry, ownActor.Body));
        return query.Where(Expression.Lambda<Func<AuditEntry, bool>>(body, entry));
    }
}
