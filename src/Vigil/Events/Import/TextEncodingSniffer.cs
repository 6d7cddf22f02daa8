using System.Buffers;
using System.Text;

namespace Vigil.Events.Import;

/// <summary>What a scan of a file's bytes says about its text encoding.</summary>
/// <param name="Encoding">UTF-8 or Windows-1252.</param>
/// <param name="InvalidUtf8">The file is UTF-8 but some bytes are not: rows holding them are rejected.</param>
internal sealed record TextEncodingGuess(Encoding Encoding, bool InvalidUtf8, int BomLength);

/// <summary>
/// Tells UTF-8 from Windows-1252 by reading the whole file once, in chunks (never all of it in memory):
/// a file whose non-ASCII bytes are well-formed UTF-8 is UTF-8; one with ill-formed sequences and
/// (almost) no well-formed multi-byte ones is Windows-1252 (older ACLED files); a UTF-8 file with a few
/// bad sequences stays UTF-8 and the rows with bad bytes are rejected.
/// </summary>
internal static class TextEncodingSniffer
{
    private const int ChunkSize = 1 << 20;

    static TextEncodingSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static TextEncodingGuess Sniff(string path)
    {
        using var stream = EventFileContent.Open(path, out var file);
        using var owner = file;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
        try
        {
            long valid = 0, invalid = 0;
            var carry = 0;
            var bom = 0;
            var first = true;
            int read;
            while ((read = stream.Read(buffer, carry, ChunkSize)) > 0)
            {
                var length = carry + read;
                var span = buffer.AsSpan(0, length);
                if (first)
                {
                    first = false;
                    if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                    {
                        bom = 3;
                    }
                }
                carry = Count(span, endOfFile: false, ref valid, ref invalid);
                span[(length - carry)..].CopyTo(buffer);
            }
            if (carry > 0)
            {
                Count(buffer.AsSpan(0, carry), endOfFile: true, ref valid, ref invalid);
            }
            if (invalid == 0 || bom > 0)
            {
                return new TextEncodingGuess(new UTF8Encoding(false), invalid > 0, bom);
            }
            // Random Windows-1252 text almost never forms valid UTF-8 sequences; a UTF-8 file damaged in a few places has many.
            return valid >= 4 * invalid
                ? new TextEncodingGuess(new UTF8Encoding(false), true, 0)
                : new TextEncodingGuess(Windows1252, false, 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Counts well- and ill-formed non-ASCII sequences; returns how many trailing bytes may be an incomplete sequence.</summary>
    private static int Count(ReadOnlySpan<byte> span, bool endOfFile, ref long valid, ref long invalid)
    {
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0)
            {
                return 0;
            }
            i += next;
            var status = Rune.DecodeFromUtf8(span[i..], out _, out var consumed);
            if (status == OperationStatus.NeedMoreData && !endOfFile)
            {
                return span.Length - i;
            }
            if (status == OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }
            i += Math.Max(consumed, 1);
        }
        return 0;
    }
}
