using Vigil.App.Pages.Shared;
using Vigil.Assessment;

namespace Vigil.App.Pages.Assessments;

/// <summary>
/// What _EvidenceFields renders: the "Add evidence" fields of an indicator row (posted with the section's form as
/// rows[i].Evidence…), or the "Edit" fields of an existing item (<see cref="EvidenceId"/> set), which belong to that
/// item's own form outside the section's form through the HTML form attribute (forms cannot nest).
/// </summary>
public sealed record EvidenceFieldsView(
    string Key, string Name, string? Form, string HelpId, EvidenceInput Values, string IndicatorId,
    Guid? EvidenceId = null, bool Open = false, bool ShowSourceIdentity = false, bool HasSourceIdentity = false)
{
    public static EvidenceFieldsView ForNew(EditModel.RowView row) => new(
        "ind-" + Display.Key(row.Definition.Id) + "-ev", $"rows[{row.Index}].Evidence", null, "evidence-help-" + row.FactorId,
        row.Input.EvidenceFields, row.Definition.Id);

    /// <summary><paramref name="posted"/> is what a failed save sent, shown again with the form open.</summary>
    public static EvidenceFieldsView ForExisting(EvidenceItem item, string factorId, bool showSourceIdentity, EvidenceInput? posted) => new(
        "ev-" + item.Id, "evidence.", FormId(item.Id), "evidence-help-" + factorId,
        posted ?? EvidenceInput.From(item, showSourceIdentity), item.Target, item.Id, posted is not null,
        showSourceIdentity, item.SourceIdentity is not null);

    public static string FormId(Guid evidenceId) => $"ev-{evidenceId}-form";
}
