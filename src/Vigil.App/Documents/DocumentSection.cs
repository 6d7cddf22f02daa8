namespace Vigil.App.Documents;

/// <summary>A headed part of a <see cref="DocumentModel"/>.</summary>
public sealed record DocumentSection(string Heading, IReadOnlyList<DocumentBlock> Blocks);
