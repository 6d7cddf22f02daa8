using PdfSharp.Fonts;

namespace Vigil.App.Documents;

/// <summary>
/// Gives PDFsharp the one font a brief uses, Noto Sans SC (Latin and Chinese in one file), from fonts/ beside the
/// executable, where the build puts it (Vigil.App.csproj, FetchBriefFont). PDFsharp asks nothing of the system: a
/// machine without any CJK font, or any font at all, renders the same PDF. Bold is simulated from the regular face,
/// which keeps one 10 MB file instead of two.
/// </summary>
public sealed class BriefFontResolver : IFontResolver
{
    public const string Family = "Noto Sans SC";
    private const string Face = "NotoSansSC-Regular";

    public static string FontPath { get; } = Path.Combine(AppContext.BaseDirectory, "fonts", "NotoSansSC-Regular.ttf");

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Face, bold, italic);

    public byte[]? GetFont(string faceName) => faceName == Face ? File.ReadAllBytes(FontPath) : null;
}
