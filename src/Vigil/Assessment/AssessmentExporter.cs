using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using nietras.SeparatedValues;
using Vigil.Countries;

namespace Vigil.Assessment;

/// <summary>Writes an assessment for decision makers (Markdown), other tools (JSON) or spreadsheets (CSV with HXL tags).</summary>
public static class AssessmentExporter
{
    public static readonly string[] Formats = ["md", "json", "csv"];

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static (string Content, string ContentType, string Extension) Export(AssessmentView view, FrameworkDefinition framework, Country? country, string format) =>
        format switch
        {
            "md" => (Markdown(view, framework, country), "text/markdown; charset=utf-8", "md"),
            "json" => (JsonSerializer.Serialize(view, JsonOptions), "application/json; charset=utf-8", "json"),
            "csv" => (Csv(view, framework), "text/csv; charset=utf-8", "csv"),
            _ => throw new DomainRuleException("format", $"Unknown export format '{format}'; use md, json or csv."),
        };

    public static string FileName(AssessmentView view, string extension) =>
        $"vigil-{view.CountryIso3.ToLowerInvariant()}-{view.AsOf:yyyy-MM-dd}-v{view.Version}.{extension}";

    private static string Csv(AssessmentView view, FrameworkDefinition framework)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Sep separates; CsvText.Cell quotes each text cell (and defuses formulas), so Sep does not escape again.
        using (var writer = Sep.New(',').Writer(o => o with { Escape = false }).To(text))
        {
            // Second row carries HXL hashtags so humanitarian tools can read the columns.
            string[] header = ["country", "as_of", "risk_factor", "indicator", "text", "status", "severity", "trend", "confidence", "gender", "area", "evidence", "notes"];
            string[] hxl = ["#country+code", "#date", "#indicator+factor", "#indicator+code", "#indicator+text", "#status", "#severity", "#status+trend", "#meta+confidence", "#group+women", "#adm1+name", "#meta+source", "#description"];
            using (var row = writer.NewRow())
            {
                for (var i = 0; i < header.Length; i++)
                {
                    row[header[i]].Set(hxl[i]);
                }
            }
            void Write(string factor, string indicator, string text, IndicatorStatus status, int? severity, Trend? trend, Confidence? confidence,
                bool gender, string? area, IReadOnlyList<AssessmentView.Evidence> evidence, string? notes)
            {
                using var row = writer.NewRow();
                row["country"].Set(CsvText.Cell(view.CountryIso3));
                row["as_of"].Set(view.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                row["risk_factor"].Set(CsvText.Cell(factor));
                row["indicator"].Set(CsvText.Cell(indicator));
                row["text"].Set(CsvText.Cell(text));
                row["status"].Set(Label(status));
                row["severity"].Set(severity?.ToString(CultureInfo.InvariantCulture) ?? "");
                row["trend"].Set(trend?.ToString().ToLowerInvariant() ?? "");
                row["confidence"].Set(confidence?.ToString().ToLowerInvariant() ?? "");
                row["gender"].Set(gender ? "yes" : "");
                row["area"].Set(CsvText.Cell(area ?? ""));
                row["evidence"].Set(CsvText.Cell(string.Join(" | ", evidence.Select(e => $"{e.Title} ({e.Reliability}{e.Credibility}){(e.Reference is null ? "" : " " + e.Reference)}"))));
                row["notes"].Set(CsvText.Cell(notes ?? ""));
            }
            foreach (var i in view.Indicators)
            {
                Write(i.Factor, i.Id, framework.FindIndicator(i.Id)?.Text.En ?? "", i.Status, i.Severity, i.Trend, i.Confidence, i.Gender, i.Area, i.Evidence, i.Notes);
            }
            // A factor judged as a whole is a row of its own, its indicator cell empty.
            foreach (var f in view.Factors.Where(f => f.Status != IndicatorStatus.NotAssessed))
            {
                Write(f.Id, "", framework.RiskFactors.First(x => x.Id == f.Id).Title.En, f.Status, f.Severity, f.Trend, f.Confidence, f.Gender, f.Area, f.Evidence, f.Notes);
            }
        }
        return text.ToString();
    }

    private static string Markdown(AssessmentView view, FrameworkDefinition framework, Country? country)
    {
        var p = view.Profile;
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"# {Escape(view.Title)}");
        md.AppendLine();
        if (view.IsExample)
        {
            md.AppendLine("> **Fictional training example.** Not an assessment of a real situation.");
            md.AppendLine();
        }
        md.AppendLine(inv, $"- Country: {country?.Name.En ?? view.CountryIso3} ({view.CountryIso3})");
        md.AppendLine(inv, $"- As of: {view.AsOf:yyyy-MM-dd}; version {view.Version}; status: {view.Status}; classification: {view.Classification}");
        md.AppendLine(inv, $"- Author: {Escape(view.Author)}{(view.ApprovedBy is null ? "" : $"; approved by {Escape(view.ApprovedBy)} on {view.ApprovedAt:yyyy-MM-dd}")}");
        md.AppendLine(inv, $"- Framework: {framework.Name.En}, version {view.FrameworkVersion}");
        md.AppendLine();
        md.AppendLine("## Risk profile");
        md.AppendLine();
        if (p.Overall.Level is null)
        {
            md.AppendLine(inv, $"Overall: **not enough assessed yet** ({Withheld(p.Overall.Reason)}), coverage {p.Coverage:P0}.");
        }
        else
        {
            md.AppendLine(inv, $"Overall: **{p.Overall.Level}** ({Score(p.Overall.Score)}), coverage {p.Coverage:P0}{(p.Provisional ? " — provisional: fewer than half of the indicators are assessed" : "")}.");
        }
        md.AppendLine();
        md.AppendLine("| Crime | Level | Score | Coverage |");
        md.AppendLine("|---|---|---|---|");
        foreach (var (key, crime) in p.Crimes.All)
        {
            var level = crime.Level ?? $"withheld: {Withheld(crime.Reason)}{(crime.UnassessedSpecificFactors.Count > 0 ? $" ({string.Join(", ", crime.UnassessedSpecificFactors)})" : "")}";
            md.AppendLine(inv, $"| {framework.Crimes[key].En} | {level} | {Score(crime.Score)} | {crime.Coverage:P0} |");
        }
        md.AppendLine();
        md.AppendLine("| Risk factor | Score | Present | Assessed | Listed | Drivers |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var f in p.RiskFactors)
        {
            var title = framework.RiskFactors.First(x => x.Id == f.Id).Title.En;
            md.AppendLine(inv, $"| {f.Id} {title} | {Score(f.Score)}{(f.JudgedAsWhole ? " (judged as a whole)" : "")} | {f.Present} | {f.Assessed} | {f.Total} | {string.Join(", ", f.Drivers)} |");
        }
        md.AppendLine();
        var wholes = view.Factors.Where(f => f.Status != IndicatorStatus.NotAssessed).ToList();
        if (wholes.Count > 0)
        {
            md.AppendLine("## Risk factors judged as a whole");
            md.AppendLine();
            foreach (var f in wholes)
            {
                md.AppendLine(inv, $"- **{f.Id}** {framework.RiskFactors.First(x => x.Id == f.Id).Title.En} — {Label(f.Status)}{(f.Severity is null ? "" : $", severity {f.Severity}")}{(f.Trend is null ? "" : $", {f.Trend.ToString()!.ToLowerInvariant()}")}{(f.Notes is null ? "" : $". {Escape(f.Notes)}")}");
                AppendEvidence(md, f.Evidence);
            }
            md.AppendLine();
        }
        md.AppendLine("## Resilience (shown beside the risk, not subtracted from it)");
        md.AppendLine();
        foreach (var r in view.Resilience)
        {
            md.AppendLine(inv, $"- {r.Title}: {(r.Rating is null ? "not rated" : $"{r.Rating}/3")}{(r.Notes is null ? "" : " — " + Escape(r.Notes))}");
            AppendEvidence(md, r.Evidence);
        }
        md.AppendLine();
        md.AppendLine("## Indicators present");
        md.AppendLine();
        foreach (var i in view.Indicators.Where(i => i.Status == IndicatorStatus.Present))
        {
            md.AppendLine(inv, $"- **{i.Id}** {framework.FindIndicator(i.Id)?.Text.En} — severity {i.Severity}{(i.Trend is null ? "" : $", {i.Trend.ToString()!.ToLowerInvariant()}")}{(i.Notes is null ? "" : $". {Escape(i.Notes)}")}");
            AppendEvidence(md, i.Evidence);
        }
        if (!string.IsNullOrWhiteSpace(view.Summary))
        {
            md.AppendLine();
            md.AppendLine("## Summary");
            md.AppendLine();
            md.AppendLine(Escape(view.Summary));
        }
        return md.ToString();
    }

    /// <summary>An indicator's or a resilience dimension's evidence, one sub-item each; never the source identity.</summary>
    private static void AppendEvidence(StringBuilder md, IReadOnlyList<AssessmentView.Evidence> evidence)
    {
        foreach (var e in evidence)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"  - Evidence ({e.Reliability}{e.Credibility}): {Escape(e.Title)}{(e.Reference is null ? "" : " " + Reference(e.Reference))}");
        }
    }

    // Only an http(s) address becomes a link: CommonMark autolinks take any scheme (javascript:, data:), so anything else
    // is text, with the characters that would start a link, image or emphasis escaped.
    private static string Reference(string reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && reference.AsSpan().IndexOfAny(" <>") < 0
            ? $"<{Escape(reference)}>"
            : Escape(string.Concat(reference.Select(c => @"\`*_[]()!:|#".Contains(c, StringComparison.Ordinal) ? $"\\{c}" : c.ToString())));

    public static string Label(IndicatorStatus status) => status switch
    {
        IndicatorStatus.NotAssessed => "not assessed",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Withheld(string? reason) => reason switch
    {
        LevelWithheld.LowCoverage => $"below {ProfileCalculator.MinimumCoverageForLevel:P0} coverage",
        LevelWithheld.SpecificFactorsUnassessed => "specific factors not all assessed",
        _ => "nothing judged present or absent",
    };

    private static string Score(double? score) => score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–";

    // Markdown renderers may pass raw HTML through; analysts paste hostile text, so neutralise it.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
