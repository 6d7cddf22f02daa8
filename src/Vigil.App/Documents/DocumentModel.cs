namespace Vigil.App.Documents;

/// <summary>
/// A document for decision makers, independent of its output format: the Markdown, HTML and PDF writers render the same
/// model. <paramref name="Language"/> is a BCP 47 tag ("en", "zh-Hans"); <paramref name="Marking"/> is the handling
/// marking (the classification) repeated on every page; every string is plain, untrusted text that each writer encodes.
/// </summary>
public sealed record DocumentModel(
    string Title,
    string Language,
    string Marking,
    IReadOnlyList<string> Meta,
    IReadOnlyList<DocumentSection> Sections);
