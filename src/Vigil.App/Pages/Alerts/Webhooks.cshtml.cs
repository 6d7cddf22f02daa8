using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vigil.Alerts.Notifications;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages.Alerts;

/// <summary>
/// Admin-only: the webhooks that alert changes and digests are sent to; add one (its generated secret shown once),
/// disable, enable, delete (after a ticked confirmation), and each one's latest deliveries.
/// </summary>
[Authorize(Policy = AdminPolicy.Name)]
[Authorize(Policy = SharedSettingsPolicy.Name)]
public sealed class WebhooksModel(WebhookAdministration admin) : VigilPageModel
{
    public const int DeliveriesShown = 10;

    public IReadOnlyList<WebhookSummary> Webhooks { get; private set; } = [];

    public IReadOnlyDictionary<Guid, IReadOnlyList<WebhookDelivery>> Deliveries { get; private set; } = new Dictionary<Guid, IReadOnlyList<WebhookDelivery>>();

    /// <summary>Set only in the response to a successful add: the one time the secret is shown.</summary>
    public WebhookAdministration.Added? Created { get; private set; }

    /// <summary>The reason the URL was refused, shown beside the field.</summary>
    public string? UrlError { get; private set; }

    /// <summary>The webhook whose delete lacked the confirmation tick.</summary>
    public Guid? UnconfirmedDelete { get; private set; }

    /// <summary>The URL rules (absolute http or https, at most 1000 characters) live in <see cref="WebhookSubscription.Create"/>.</summary>
    public sealed class WebhookInput
    {
        public string? Url { get; set; }
    }

    [BindProperty]
    public WebhookInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        try
        {
            Created = await admin.AddAsync(Input.Url ?? "", secret: null, Viewer.Name, cancellationToken);
        }
        catch (DomainRuleException broken)
        {
            await LoadAsync(cancellationToken);
            ShowRuleBroken(broken);
            if (broken.Field == "url")
            {
                UrlError = AlertsText.WebhooksUrlInvalid;
                Error = UrlError;
            }
            return Page();
        }
        // The secret is in this response only: answered directly (no redirect, no TempData cookie); ViewerMiddleware keeps it out of caches.
        Input = new WebhookInput();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await admin.DisableAsync(id, cancellationToken) is not { } webhook)
        {
            return NotFoundPage();
        }
        Notice = Localized.Format(AlertsText.WebhooksDisabled, webhook.Url);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await admin.EnableAsync(id, cancellationToken) is not { } webhook)
        {
            return NotFoundPage();
        }
        Notice = Localized.Format(AlertsText.WebhooksEnabled, webhook.Url);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            await LoadAsync(cancellationToken);
            if (Webhooks.All(w => w.Id != id))
            {
                return NotFoundPage();
            }
            UnconfirmedDelete = id;
            Error = AlertsText.WebhooksConfirmNeeded;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await admin.DeleteAsync(id, cancellationToken) is not { } deliveries)
        {
            return NotFoundPage();
        }
        Notice = Localized.Format(AlertsText.WebhooksDeleted, deliveries);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Webhooks = await admin.ListAsync(cancellationToken);
        var deliveries = new Dictionary<Guid, IReadOnlyList<WebhookDelivery>>();
        foreach (var webhook in Webhooks)
        {
            deliveries[webhook.Id] = await admin.RecentDeliveriesAsync(webhook.Id, DeliveriesShown, cancellationToken) ?? [];
        }
        Deliveries = deliveries;
    }
}
