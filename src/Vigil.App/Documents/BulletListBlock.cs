namespace Vigil.App.Documents;

public sealed record BulletListBlock(IReadOnlyList<string> Items) : DocumentBlock;
