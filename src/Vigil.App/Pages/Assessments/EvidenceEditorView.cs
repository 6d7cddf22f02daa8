using Vigil.Assessment;

namespace Vigil.App.Pages.Assessments;

/// <summary>
/// What _EvidenceEditor renders inside an indicator or resilience row: the target's evidence, each with a "Remove on save"
/// box (posted with the section's form) and an "Edit" form, then the "Add evidence" fields. <see cref="Suffix"/> ("for 7.9")
/// tells screen-reader users which row a control belongs to.
/// </summary>
public sealed record EvidenceEditorView(IReadOnlyList<EvidenceItem> Items, Func<EvidenceItem, EvidenceFieldsView> EditForm, EvidenceFieldsView NewForm,
    string Suffix);
