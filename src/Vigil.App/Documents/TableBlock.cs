namespace Vigil.App.Documents;

/// <summary>A table with a header row; in a PDF the header repeats on every page the table runs onto.</summary>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
