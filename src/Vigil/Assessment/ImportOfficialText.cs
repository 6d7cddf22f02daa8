using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Security;

namespace Vigil.Assessment;

/// <summary>
/// Loads an organisation's copy of the Framework's official indicator list (<see cref="OfficialTextCsv"/>) as a new framework
/// version: the risk factors in the file get exactly the file's indicators, marked verified; the other factors stay as they are.
/// A preview lists every indicator added, removed, renumbered or reworded against the current version and stores nothing;
/// accepting stores the version and makes it the importing organisation's own choice (never another's).
/// </summary>
public sealed class ImportOfficialText(FrameworkCatalog frameworks, CurrentActor current, TimeProvider time)
{
    /// <summary>
    /// <paramref name="BaseVersion"/>: the version compared with (default: the organisation's current one), passed back on accept
    /// so that what is stored is what was previewed. <paramref name="OrganizationId"/> is read only from the command line.
    /// </summary>
    public sealed record Request(string Csv, string FileName, string? Version, string? BaseVersion, bool Accept, Guid? OrganizationId = null, string Actor = "cli");

    public sealed record Outcome(FrameworkDefinition Base, FrameworkDefinition Proposed, FrameworkChanges Changes, IReadOnlyList<string> RiskFactors, bool Accepted);

    public async Task<Outcome> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var viewer = current.Viewer;
        var organizationId = viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId;
        var structure = request.BaseVersion is { Length: > 0 } baseVersion
            ? await frameworks.GetAsync(FrameworkCatalog.DefaultFrameworkId, baseVersion, cancellationToken)
                ?? throw new DomainRuleException("baseVersion", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.FrameworkVersionUnknown), baseVersion))
            : await frameworks.DefaultForAsync(organizationId, cancellationToken);
        var rows = OfficialTextCsv.Parse(request.Csv, request.FileName);
        OfficialTextCsv.CheckNumbering(rows, structure, request.FileName);
        var now = time.GetUtcNow().UtcDateTime;
        var version = string.IsNullOrWhiteSpace(request.Version)
            ? $"{structure.Version}-official-{now:yyyyMMdd}"
            : request.Version.Trim();
        if (version.Length > 50)
        {
            throw new DomainRuleException("version", "A framework version is at most 50 characters.");
        }
        var json = Build(await frameworks.ExportAsync(structure.Id, structure.Version, cancellationToken) ?? "{}", structure, rows, version, request.FileName, now);
        var proposed = FrameworkParser.Parse(json, request.FileName);
        var changes = FrameworkChanges.Between(structure, proposed);
        var factors = rows.Select(r => r.RiskFactorId).Distinct().ToList();
        if (!request.Accept)
        {
            return new Outcome(structure, proposed, changes, factors, false);
        }
        var stored = await frameworks.ImportAsync(json, request.FileName, organizationId, viewer.IsSystem ? request.Actor : viewer.Name, cancellationToken);
        return new Outcome(structure, stored, changes, factors, true);
    }

    /// <summary>The base version's stored file with the listed factors' indicators replaced by the official ones.</summary>
    private static string Build(string baseJson, FrameworkDefinition structure, IReadOnlyList<OfficialTextCsv.Row> rows, string version, string fileName, DateTime now)
    {
        var root = JsonNode.Parse(baseJson)!.AsObject();
        root["version"] = version;
        foreach (var factor in root["riskFactors"]!.AsArray().OfType<JsonObject>())
        {
            var factorId = factor["id"]!.GetValue<string>();
            var listed = rows.Where(r => r.RiskFactorId == factorId).OrderBy(r => r.Number).ToList();
            if (listed.Count == 0)
            {
                continue;
            }
            var before = structure.RiskFactors.First(f => f.Id == factorId);
            var indicators = new JsonArray();
            foreach (var row in listed)
            {
                indicators.Add(new JsonObject
                {
                    ["id"] = row.IndicatorId,
                    ["text"] = new JsonObject { ["en"] = row.TextEn, ["zh"] = row.TextZh.Length > 0 ? row.TextZh : row.TextEn },
                    ["check"] = "verified",
                    ["gender"] = before.Indicators.FirstOrDefault(i => i.Id == row.IndicatorId)?.Gender ?? false,
                });
            }
            factor["indicators"] = indicators;
            var date = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            factor["completeness"] = new JsonObject
            {
                ["status"] = "complete",
                ["expectedIndicators"] = listed.Count,
                ["note"] = new JsonObject
                {
                    ["en"] = $"The {listed.Count} indicators are the official text, imported from {fileName} on {date}.",
                    ["zh"] = $"这{listed.Count}项指标为正式文本，于{date}从{fileName}导入。",
                },
            };
            // The remembered, unnumbered themes stood in for the items the official list now gives.
            factor.Remove("unnumberedThemes");
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
