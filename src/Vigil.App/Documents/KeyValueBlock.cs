namespace Vigil.App.Documents;

/// <summary>Label and value pairs (status, trend, owner…), written as a two-column list.</summary>
public sealed record KeyValueBlock(IReadOnlyList<KeyValuePair<string, string>> Rows) : DocumentBlock;
