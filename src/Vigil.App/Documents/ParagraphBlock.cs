namespace Vigil.App.Documents;

/// <summary>Running text; a line break in it is kept.</summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock;
