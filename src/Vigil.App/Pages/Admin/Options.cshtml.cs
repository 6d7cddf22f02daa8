using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;
using Vigil.App.Pages.Situations;
using Vigil.Situations.Options;

namespace Vigil.App.Pages.Admin;

/// <summary>
/// Admin-only: the prevention options catalogue as a form (titles in both languages, risk factors, reference) saved as a new version,
/// plus import and export of the JSON file. The rules (ids, factors, options in use kept) live in <see cref="OptionCatalog"/>.
/// </summary>
[Authorize(Policy = AdminPolicy.Name)]
[Authorize(Policy = SharedSettingsPolicy.Name)]
public sealed class OptionsModel(OptionCatalog catalog) : VigilPageModel
{
    public OptionCatalogDefinition Catalog { get; private set; } = null!;
    public IReadOnlyList<(string Version, DateTime SavedAt, string SavedBy)> Versions { get; private set; } = [];

    public sealed class Row
    {
        public string? Id { get; set; }
        public string? TitleEn { get; set; }
        public string? TitleZh { get; set; }
        public string? RiskFactors { get; set; }
        public string? Reference { get; set; }
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    [BindProperty]
    public string? Json { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var current = await catalog.LatestAsync(cancellationToken);
        var options = Rows.Where(r => !string.IsNullOrWhiteSpace(r.Id))
            .Select(r => new PreventionOption(r.Id!.Trim(), new LocalizedText(r.TitleEn?.Trim() ?? "", r.TitleZh?.Trim() ?? ""), r.Reference?.Trim() ?? "",
                [.. (r.RiskFactors ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToUpperInvariant())]))
            .ToList();
        var json = OptionCatalogParser.Write(current with { Version = await catalog.NextVersionAsync(cancellationToken), Options = options });
        return await SaveAsync(json, "form", cancellationToken);
    }

    public Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken) => SaveAsync(Json ?? "", "file", cancellationToken);

    private async Task<IActionResult> SaveAsync(string json, string source, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await catalog.SaveAsync(json, source, Viewer.Name, cancellationToken);
            Notice = Localized.Format(SituationsText.SavedVersion, saved.Version);
            return RedirectToPage();
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            await LoadAsync(cancellationToken, keepRows: true);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken, bool keepRows = false)
    {
        Catalog = await catalog.LatestAsync(cancellationToken);
        Versions = await catalog.VersionsAsync(cancellationToken);
        if (!keepRows)
        {
            Rows = [.. Catalog.Options.Select(o => new Row { Id = o.Id, TitleEn = o.Title.En, TitleZh = o.Title.Zh, RiskFactors = string.Join(", ", o.RiskFactors), Reference = o.Reference })];
        }
    }
}
