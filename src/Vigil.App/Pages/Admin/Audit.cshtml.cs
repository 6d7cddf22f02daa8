using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.App.Pages.Shared;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Pages.Admin;

/// <summary>The audit log for admins: who did what to which record, when and from where — of the records the admin may see (<see cref="AuditAccess"/>).</summary>
public sealed class AuditModel(VigilDb db) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? RecordType { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Viewer.Role != Roles.Admin)
        {
            throw new AccessDeniedException("Only admins can read the audit log.");
        }
        var query = db.AuditLog.AsNoTracking().VisibleTo(Viewer);
        if (!string.IsNullOrWhiteSpace(RecordType))
        {
            query = query.Where(a => a.RecordType == RecordType);
        }
        Entries = await query.OrderByDescending(a => a.At).Take(500).ToListAsync(cancellationToken);
        return Page();
    }
}
