using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Pages.Admin;

/// <summary>The audit log for admins: who did what to which record, when and from where — of the records the admin may see (<see cref="AuditAccess"/>).</summary>
[Authorize(Policy = AdminPolicy.Name)]
public sealed class AuditModel(VigilDb db) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? RecordType { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await db.ReadAuditLogAsync(Viewer, RecordType, recordId: null, AuditQueries.DefaultTake, cancellationToken);
        return Page();
    }
}
