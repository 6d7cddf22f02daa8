using Microsoft.AspNetCore.Mvc;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;
using Vigil.Speech.Lexicons;

namespace Vigil.App.Pages.Speech;

/// <summary>
/// The shared hate-speech lexicon: everyone signed in reads it (filtered by language and country) and its versions; admins of a
/// publishing (UN) organisation add, edit, delete and import, each change saving a new version.
/// </summary>
public sealed class LexiconModel(SpeechLexiconStore store) : VigilPageModel
{
    public sealed class EntryInput
    {
        public Guid? Id { get; set; }
        public string? Term { get; set; }
        public string? Language { get; set; }
        public string? Country { get; set; }
        public string? TargetGroup { get; set; }
        public string? Meaning { get; set; }
        public int Severity { get; set; } = 2;
        public string? Alternative { get; set; }
        public bool Incitement { get; set; }
        public string? Note { get; set; }

        // The API's request trims and blanks the fields the same way.
        public LexiconTerm ToTerm() => new Api.SpeechLexiconApi.EntryRequest(Term, Language, Country, TargetGroup, Meaning, Severity, Alternative, Incitement, Note).ToTerm();
    }

    [BindProperty(SupportsGet = true)]
    public string? LanguageFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CountryFilter { get; set; }

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public SpeechLexiconVersion? Version { get; private set; }
    public IReadOnlyList<SpeechLexiconEntry> Entries { get; private set; } = [];
    public IReadOnlyList<SpeechLexiconVersion> Versions { get; private set; } = [];
    public IReadOnlyList<string> Countries { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => ChangeAsync(async () =>
        Input.Id is { } id
            ? await store.UpdateAsync(id, Input.ToTerm(), Viewer.Name, Input.Note, cancellationToken) is not null
            : (await store.AddAsync(Input.ToTerm(), Viewer.Name, Input.Note, cancellationToken)).Version is not null, cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(async () => await store.DeleteAsync(id, Viewer.Name, Input.Note, cancellationToken) is not null, cancellationToken);

    public Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken) => ChangeAsync(async () =>
    {
        if (file is null || file.Length == 0 || file.Length > Api.SpeechLexiconApi.MaxImportBytes)
        {
            throw new DomainRuleException("file", SpeechLexiconText.ImportFileRequired);
        }
        using var reader = new StreamReader(file.OpenReadStream());
        await store.ImportAsync(await reader.ReadToEndAsync(cancellationToken), Viewer.Name, Input.Note, cancellationToken);
        return true;
    }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Task<bool>> change, CancellationToken cancellationToken)
    {
        if (!await SharedSettingsPolicy.AllowsAsync(HttpContext))
        {
            return Forbid();
        }
        try
        {
            if (!await change())
            {
                return NotFoundPage();
            }
        }
        catch (DomainRuleException broken)
        {
            await LoadAsync(cancellationToken);
            ShowRuleBroken(broken);
            return Page();
        }
        Notice = SpeechLexiconText.Saved;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanEdit = await SharedSettingsPolicy.AllowsAsync(HttpContext);
        Versions = await store.VersionsAsync(cancellationToken);
        if (await store.EntriesAsync(null, cancellationToken) is { } latest)
        {
            Version = latest.Version;
            Countries = [.. latest.Entries.Select(e => e.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            Entries = [.. latest.Entries.Where(e => string.IsNullOrEmpty(LanguageFilter) || e.Language == LanguageFilter)
                .Where(e => string.IsNullOrEmpty(CountryFilter) || e.Country == CountryFilter)];
        }
    }
}
