using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Pages.Admin;

/// <summary>
/// The audit log for admins: who did what to which record, when and from where — of the records the admin may see
/// (<see cref="AuditAccess"/>), <see cref="PageSize"/> entries a page, each change field by field.
/// </summary>
[Authorize(Policy = AdminPolicy.Name)]
public sealed class AuditModel(VigilDb db) : VigilPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? RecordType { get; set; }

    /// <summary>The page number, from 1 ("p": Razor Pages keeps "page" for itself).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    public AuditPage Log { get; private set; } = new([], 1, false);

    /// <summary>The users whose sign-ins are on this page, by id: a sign-in is written by an anonymous request, about the user signing in.</summary>
    public IReadOnlyDictionary<string, string> SigningIn { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Log = await db.ReadAuditPageAsync(Viewer, RecordType, Number, PageSize, cancellationToken);
        var ids = Log.Entries.Where(IsSignIn).Select(e => Guid.TryParse(e.RecordId, out var id) ? id : Guid.Empty).Distinct().ToList();
        SigningIn = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id.ToString(), u => u.Email ?? u.UserName ?? "", cancellationToken);
        return Page();
    }

    /// <summary>Who acted: for a sign-in, the user who signed in (the request itself was anonymous until then).</summary>
    public string Who(AuditEntry entry) =>
        IsSignIn(entry) && SigningIn.TryGetValue(entry.RecordId, out var email) ? email : ActorNames.Of(entry.Actor);

    /// <summary>
    /// What was done, in words: a sign-in (or an attempt) where a sign-in wrote the user record, "read" where opening an
    /// alert stored the read mark, else the stored action; null for an action without a text.
    /// </summary>
    public static string? Action(AuditEntry entry) => entry switch
    {
        _ when IsSignIn(entry) => AuditChange.Of(entry).Any(c => c.Field == nameof(VigilUser.LastSignInAt))
            ? AdminText.AuditAction_SignIn : AdminText.AuditAction_SignInAttempt,
        { RecordType: nameof(AlertRead), Action: "create" or "update" } => AdminText.AuditAction_Read,
        _ => AuditLabels.Action(entry.Action),
    };

    /// <summary>The record the entry is about, and where to open it: a read mark is about its alert.</summary>
    public static (string Type, string? TypeText, string Id, string? Link) Record(AuditEntry entry) =>
        entry.RecordType == nameof(AlertRead) && entry.RecordId.Split('/')[0] is var alertId && Guid.TryParse(alertId, out _)
            ? (nameof(Alert), AuditLabels.RecordType(nameof(Alert)), alertId, "/alerts/" + alertId)
            : (entry.RecordType, AuditLabels.RecordType(entry.RecordType), entry.RecordId, null);

    /// <summary>The link to another page of the log, keeping the filter.</summary>
    public string PageLink(int number) =>
        "?" + string.Join("&", new[]
        {
            string.IsNullOrWhiteSpace(RecordType) ? null : "recordType=" + Uri.EscapeDataString(RecordType),
            number > 1 ? "p=" + number : null,
        }.Where(p => p is not null));

    private static bool IsSignIn(AuditEntry entry) =>
        entry.Actor == Viewer.Anonymous.Name && entry.RecordType == nameof(VigilUser) && entry.Action == "update";
}
