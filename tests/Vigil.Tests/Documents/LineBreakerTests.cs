using Vigil.App.Documents;

namespace Vigil.Tests.Documents;

/// <summary>Line breaking measured in characters (each one unit wide), so the expected lines can be read off.</summary>
public sealed class LineBreakerTests
{
    private static IReadOnlyList<string> Wrap(string text, int width) => LineBreaker.Wrap(text, width, s => s.Length);

    [Fact]
    public void Wrap_English_BreaksBetweenWords()
    {
        Assert.Equal(["the quick", "brown fox", "jumps"], Wrap("the quick brown fox jumps", 10));
    }

    [Fact]
    public void Wrap_Chinese_BreaksBetweenCharactersButNeverBeforeAClosingMark()
    {
        Assert.Equal(["早期预警", "与预防行", "动。"], Wrap("早期预警与预防行动。", 4));
        // "，" may not start a line: it stays with the character before it, which moves down with it.
        Assert.Equal(["早期预", "警，预防"], Wrap("早期预警，预防", 4));
    }

    [Fact]
    public void Wrap_Mixed_BreaksAtScriptChangesAndKeepsLineBreaks()
    {
        Assert.Equal(["UN 特使", "visit 访问", "next"], Wrap("UN 特使visit 访问\nnext", 8));
    }

    [Fact]
    public void Wrap_WordLongerThanTheLine_IsCut()
    {
        Assert.Equal(["see", "https://ex", "ample.org/", "a"], Wrap("see https://example.org/a", 10));
    }
}
