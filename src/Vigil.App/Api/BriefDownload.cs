using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Documents;

namespace Vigil.App.Api;

/// <summary>
/// One answer for every brief download (an assessment's, a situation's): format pdf (default), html or md; language en or zh
/// (default: the reader's UI language); 400 naming the field; 404 when the record is not the reader's to see.
/// </summary>
public static class BriefDownload
{
    public static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> RespondAsync(string? format, string? lang,
        Func<Task<SituationBriefInput?>> load, TimeProvider time)
    {
        format = (format ?? "pdf").ToLowerInvariant();
        if (!DocumentWriters.Formats.Contains(format))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be md, html or pdf."] });
        }
        lang = (lang ?? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "zh" : "en")).ToLowerInvariant();
        if (!SituationBriefBuilder.Languages.Contains(lang))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["lang"] = ["lang must be en or zh."] });
        }
        if (await load() is not { } input)
        {
            return TypedResults.NotFound();
        }
        var document = SituationBriefBuilder.Build(input, SituationBriefBuilder.CultureOf(lang), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var (content, contentType, extension) = DocumentWriters.Write(document, format);
        return TypedResults.File(content, contentType, $"vigil-brief-{input.AsOf:yyyy-MM-dd}-{lang}.{extension}");
    }
}
