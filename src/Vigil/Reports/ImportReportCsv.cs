using nietras.SeparatedValues;
using Vigil.Security;

namespace Vigil.Reports;

/// <summary>
/// Imports a KoboToolbox or ODK Central CSV export of submissions: one report per row, by the form's field names (groups joined
/// by '/' as Kobo writes them or '-' as ODK Central does; the separator, ',' or Kobo's ';', found from the header). Idempotent by
/// the export's _uuid or meta/instanceID (KEY in ODK Central): importing the same export again adds nothing. Every row is read
/// before any is stored, so a bad row stores nothing and its error names the line and the field.
/// </summary>
public sealed class ImportReportCsv(SubmitFieldReport submit)
{
    public sealed record Result(int Added, int AlreadyStored);

    public async Task<Result> RunAsync(string path, string? formId, Guid? organizationId, CancellationToken cancellationToken)
    {
        var rows = new List<(int Line, FieldReportDraft Draft, ReporterIdentity Reporter, string Raw)>();
        using (var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path))
        {
            var names = reader.Header.ColNames;
            foreach (var row in reader)
            {
                var line = row.LineNumberFrom;
                var pairs = new List<KeyValuePair<string, string>>(names.Count);
                for (var i = 0; i < names.Count; i++)
                {
                    pairs.Add(KeyValuePair.Create(names[i], i < row.ColCount ? row[i].ToString() : ""));
                }
                try
                {
                    var fields = SubmissionFields.FromPairs(pairs);
                    var clientId = fields.InstanceId ?? fields.Find("key")
                        ?? throw new DomainRuleException("_uuid", "_uuid: required (the export's submission id, or meta/instanceID).");
                    var draft = fields.ToDraft(ReportChannel.Csv, clientId);
                    draft = formId is null ? draft : draft with { FormId = formId };
                    rows.Add((line, draft, fields.Reporter, string.Join('\n', pairs.Where(p => p.Value.Length > 0).Select(p => $"{p.Key}={p.Value}"))));
                }
                catch (DomainRuleException rule)
                {
                    throw new DomainRuleException(rule.Field, $"line {line}: {rule.Message}");
                }
            }
        }
        var added = 0;
        foreach (var (line, draft, reporter, raw) in rows)
        {
            try
            {
                var result = await submit.RunAsync(new(draft, reporter, raw, Classification.Restricted, organizationId), cancellationToken);
                added += result.Created ? 1 : 0;
            }
            catch (DomainRuleException rule)
            {
                throw new DomainRuleException(rule.Field, $"line {line}: {rule.Message} ({added} reports before this line were stored; importing again skips them)");
            }
        }
        return new(added, rows.Count - added);
    }
}
