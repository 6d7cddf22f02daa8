using System.Buffers;
using System.Text;

namespace Vigil.Events.Import;

/// <summary>What a scan of a file's bytes says about its text encoding.</summary>
/// <param name="Encoding">UTF-8 or Windows-1252.</param>
/// <param name="InvalidUtf8">The file is UTF-8 but some bytes are not: rows holding them are rejected.</param>
/// <param name="InvalidBytes">Bytes in ill-formed UTF-8 sequences, over the whole file.</param>
/// <param name="ValidSequences">Well-formed multi-byte UTF-8 sequences, over the whole file.</param>
/// <param name="Bytes">Bytes of text in the file (decompressed, for a zip), byte-order mark included.</param>
internal sealed record TextEncodingGuess(Encoding Encoding, bool InvalidUtf8, int BomLength,
    long InvalidBytes = 0, long ValidSequences = 0, long Bytes = 0)
{
    /// <summary>Nothing but (at most) a byte-order mark.</summary>
    public bool Empty => Bytes <= BomLength;
}

/// <summary>
/// Tells UTF-8 from Windows-1252 by reading the whole file once, in chunks (never all of it in memory):
/// a file whose non-ASCII bytes are well-formed UTF-8 is UTF-8; a UTF-8 file with a few bad bytes stays
/// UTF-8 and the rows with bad bytes are rejected (so a stored event is never overwritten by a mis-decoded
/// copy). Only a file that is clearly not UTF-8 — more ill-formed sequences than well-formed ones, and no
/// byte that Windows-1252 leaves undefined — is read as Windows-1252 (older ACLED files). A UTF-16 byte-order mark
/// (FF FE or FE FF) inside the file is a stray mark, not Windows-1252 text ("ÿþ" does not occur in place names): its
/// bytes are counted as invalid UTF-8 but not as evidence for Windows-1252, so an all-ASCII file with a stray mark is
/// still read as UTF-8 and only the row holding the mark is rejected.
/// The scan skips ASCII runs with vectorised search, so it costs one sequential read of the file.
/// </summary>
internal static class TextEncodingSniffer
{
    private const int ChunkSize = 1 << 20;

    /// <summary>The five bytes Windows-1252 leaves undefined.</summary>
    private static readonly SearchValues<byte> UndefinedIn1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    static TextEncodingSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static TextEncodingGuess Sniff(string path)
    {
        using var stream = EventFileContent.Open(path, out var file);
        using var owner = file;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
        try
        {
            long valid = 0, invalid = 0, invalidBytes = 0, strayMarks = 0, total = 0;
            var undefinedIn1252 = false;
            var carry = 0;
            var bom = 0;
            var first = true;
            int read;
            while ((read = stream.Read(buffer, carry, ChunkSize)) > 0)
            {
                total += read;
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
                undefinedIn1252 = undefinedIn1252 || span.IndexOfAny(UndefinedIn1252) >= 0;
                carry = Count(span, endOfFile: false, ref valid, ref invalid, ref invalidBytes, ref strayMarks);
                span[(length - carry)..].CopyTo(buffer);
            }
            if (carry > 0)
            {
                Count(buffer.AsSpan(0, carry), endOfFile: true, ref valid, ref invalid, ref invalidBytes, ref strayMarks);
            }
            // Windows-1252 text almost never forms valid UTF-8 sequences (each accented letter is one ill-formed byte);
            // a UTF-8 file damaged in a few places is mostly well-formed, and a byte 1252 does not define rules 1252 out.
            var windows1252 = bom == 0 && invalid - strayMarks > valid && !undefinedIn1252;
            return windows1252
                ? new TextEncodingGuess(Windows1252, false, 0, invalidBytes, valid, total)
                : new TextEncodingGuess(new UTF8Encoding(false), invalid > 0, bom, invalidBytes, valid, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Counts well- and ill-formed non-ASCII sequences; returns how many trailing bytes may be an incomplete sequence.</summary>
    private static int Count(ReadOnlySpan<byte> span, bool endOfFile, ref long valid, ref long invalid, ref long invalidBytes,
        ref long strayMarks)
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
                invalidBytes += Math.Max(consumed, 1);
                if (span[i..].StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span[i..].StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                {
                    // Both bytes of the mark are ill-formed on their own; the pair counts once against Windows-1252.
                    strayMarks += 2;
                }
            }
            i += Math.Max(consumed, 1);
        }
        return 0;
    }
}
