using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Hosting;
using Vigil.Security;
using Vigil.Speech.Lexicons;

namespace Vigil.App.Api;

/// <summary>
/// The shared hate-speech lexicon: everyone signed in reads it (any version) and exports it as CSV; admins of a publishing (UN)
/// organisation add, edit, delete and import, each change saving a new version.
/// </summary>
public static class SpeechLexiconApi
{
    /// <summary>A CSV import is at most this many bytes.</summary>
    public const int MaxImportBytes = 5_000_000;

    public sealed record EntryDto(Guid Id, string Term, string Language, string? Country, string? TargetGroup, string? Meaning, int Severity,
        string? Alternative, bool Incitement)
    {
        public static EntryDto From(SpeechLexiconEntry e) => new(e.EntryId, e.Term, e.Language, e.Country, e.TargetGroup, e.Meaning, e.Severity,
            e.Alternative, e.Incitement);
    }

    public sealed record VersionDto(int Number, DateTime SavedAt, string SavedBy, string? Note, int Entries)
    {
        public static VersionDto From(SpeechLexiconVersion v) => new(v.Number, v.SavedAt, v.SavedBy, v.Note, v.EntryCount);
    }

    public sealed record LexiconDto(VersionDto Version, IReadOnlyList<EntryDto> Entries);

    /// <summary>A saved change: the version it made and the entry it added or changed.</summary>
    public sealed record SavedDto(VersionDto Version, Guid? EntryId);

    /// <summary>An entry to add or the new content of one; <c>note</c> says why (kept with the version).</summary>
    public sealed record EntryRequest(string? Term, string? Language, string? Country, string? TargetGroup, string? Meaning, int? Severity,
        string? Alternative, bool? Incitement, string? Note)
    {
        public LexiconTerm ToTerm() => new((Term ?? "").Trim(), (Language ?? "").Trim(), Blank(Country?.Trim().ToUpperInvariant()), Blank(TargetGroup?.Trim()),
            Blank(Meaning?.Trim()), Severity ?? 0, Blank(Alternative?.Trim()), Incitement ?? false);

        private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }

    public static void MapSpeechLexicon(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/speech/lexicon").WithTags("Speech");
        group.MapGet("/", async Task<Results<Ok<LexiconDto>, NotFound>> (int? version, SpeechLexiconStore store, CancellationToken ct) =>
            await store.EntriesAsync(version, ct) is { } found
                ? TypedResults.Ok(new LexiconDto(VersionDto.From(found.Version), [.. found.Entries.Select(EntryDto.From)]))
                : TypedResults.NotFound())
            .WithSummary("The lexicon's entries: the latest version, or ?version=N.");
        group.MapGet("/versions", async (SpeechLexiconStore store, CancellationToken ct) =>
            TypedResults.Ok((await store.VersionsAsync(ct)).Select(VersionDto.From).ToList()))
            .WithSummary("Every saved version, newest first (number, who, when, note, entries).");
        group.MapGet("/export.csv", async Task<Results<FileContentHttpResult, NotFound>> (int? version, SpeechLexiconStore store, CancellationToken ct) =>
            await store.EntriesAsync(version, ct) is { } found
                ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(LexiconCsv.Write(found.Entries.Select(e => e.ToTerm()))), "text/csv",
                    string.Create(CultureInfo.InvariantCulture, $"vigil-lexicon-v{found.Version.Number}.csv"))
                : TypedResults.NotFound())
            .WithSummary("The lexicon as CSV (term,language,country,target_group,meaning,severity,alternative,incitement): the latest version, or ?version=N.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");

        // The lexicon is shared by every organisation: admins of an organisation entitled to shared settings change it.
        var edit = group.MapGroup("/").RequireAuthorization(AdminPolicy.Name, SharedSettingsPolicy.Name);
        edit.MapPost("/entries", async (EntryRequest request, HttpContext http, SpeechLexiconStore store, CancellationToken ct) =>
        {
            var (version, entryId) = await store.AddAsync(request.ToTerm(), http.Viewer().Name, request.Note, ct);
            return TypedResults.Created($"/api/v1/speech/lexicon?version={version.Number}", new SavedDto(VersionDto.From(version), entryId));
        }).WithSummary("Adds an entry (a new version).").ProducesValidationProblem();
        edit.MapPut("/entries/{id:guid}", async Task<Results<Ok<SavedDto>, NotFound>> (Guid id, EntryRequest request, HttpContext http, SpeechLexiconStore store,
            CancellationToken ct) =>
            await store.UpdateAsync(id, request.ToTerm(), http.Viewer().Name, request.Note, ct) is { } version
                ? TypedResults.Ok(new SavedDto(VersionDto.From(version), id))
                : TypedResults.NotFound())
            .WithSummary("Changes an entry (a new version).").ProducesValidationProblem();
        edit.MapDelete("/entries/{id:guid}", async Task<Results<Ok<SavedDto>, NotFound>> (Guid id, string? note, HttpContext http, SpeechLexiconStore store,
            CancellationToken ct) =>
            await store.DeleteAsync(id, http.Viewer().Name, note, ct) is { } version
                ? TypedResults.Ok(new SavedDto(VersionDto.From(version), null))
                : TypedResults.NotFound())
            .WithSummary("Removes an entry (a new version; earlier versions keep it).");
        edit.MapPost("/import", async Task<Results<Created<SavedDto>, ProblemHttpResult>> (string? note, HttpRequest request, HttpContext http,
            SpeechLexiconStore store, CancellationToken ct) =>
        {
            if (request.ContentLength > MaxImportBytes)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "A lexicon file is at most 5 MB.");
            }
            using var reader = new StreamReader(request.Body);
            var version = await store.ImportAsync(await reader.ReadToEndAsync(ct), http.Viewer().Name, note, ct);
            return TypedResults.Created($"/api/v1/speech/lexicon?version={version.Number}", new SavedDto(VersionDto.From(version), null));
        }).WithSummary("Replaces the lexicon with a CSV file (text/csv, the export's columns) as a new version; a bad row stores nothing and the error names its line and field.")
            // No Accepts("text/csv"): routing would answer 415 before the role check; the body is read as CSV whatever its type says.
            .WithDescription("Body: CSV (text/csv). Roles: admin of a publishing (UN) organisation.")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem();
        // Said once for the group: the policies answer 403 (ProblemDetails) to anyone else's changes.
        edit.ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
