namespace Vigil.App.Documents;

/// <summary>A caution the reader must not miss (a draft, a training example, too few cases behind a figure).</summary>
public sealed record NoticeBlock(string Text) : DocumentBlock;
