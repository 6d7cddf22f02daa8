using Vigil.Assessment;

namespace Vigil.App.Pages.Assessments;

/// <summary>
/// What _EvidenceFields renders: the "Add evidence" fields of an indicator or resilience row (posted with its section's form
/// as rows[i].Evidence.… or resilience[i].Evidence.…), or the "Edit" fields of an existing item (<see cref="EvidenceId"/> set),
/// which belong to that item's own form outside the section's form through the HTML form attribute (forms cannot nest).
/// <see cref="Target"/> is the indicator ("7.9") or dimension ("P1") the evidence is for.
/// </summary>
public sealed record EvidenceFieldsView(
    string Key, string Name, string? Form, string HelpId, EvidenceInput Values, string Target,
    Guid? EvidenceId = null, bool Open = false, bool ShowSourceIdentity = false)
{
    /// <summary><paramref name="rowName"/> is the row's form prefix ("rows[3]", "resilience[0]").</summary>
    public static EvidenceFieldsView ForNew(string target, string rowName, string section, EvidenceInput values) => new(
        EditModel.RowKey(target) + "-ev", rowName + ".Evidence.", null, HelpIdOf(section), values, target);

    /// <summary><paramref name="posted"/> is what a failed save sent, shown again with the form open.</summary>
    public static EvidenceFieldsView ForExisting(EvidenceItem item, string section, bool showSourceIdentity, EvidenceInput? posted) => new(
        "ev-" + item.Id, "evidence.", FormId(item.Id), HelpIdOf(section),
        posted ?? EvidenceInput.From(item, showSourceIdentity), item.Target, item.Id, posted is not null,
        showSourceIdentity);

    public static string FormId(Guid evidenceId) => $"ev-{evidenceId}-form";

    /// <summary>The id of a section's Admiralty grading help (_EvidenceHelp), which its evidence fields point to.</summary>
    public static string HelpIdOf(string section) => "evidence-help-" + section;
}
