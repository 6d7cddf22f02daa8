namespace Vigil.App.Documents;

/// <summary>A heading inside a section (the signals under the warning picture).</summary>
public sealed record SubheadingBlock(string Text) : DocumentBlock;
