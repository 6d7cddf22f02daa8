using System.Buffers.Binary;

namespace Vigil.Reports;

/// <summary>
/// Checks that a photo is a JPEG or PNG by its bytes and removes its metadata without decoding the picture: the JPEG's APPn and
/// comment segments (EXIF with GPS and the camera's make and serial, XMP, ICC, maker notes) and the PNG's text, time and EXIF
/// chunks. Copying the coded picture unchanged loses no quality and runs no image decoder on bytes from anyone (decoders are where
/// crafted images do harm); decision record 0026.
/// </summary>
public static class PhotoMetadata
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>PNG chunks kept: the picture and what it needs to show right; text, time, EXIF and unknown chunks go.</summary>
    private static readonly HashSet<string> PngKept = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "pHYs"];

    /// <summary>The content type the bytes are, or null when they are neither a JPEG nor a PNG.</summary>
    public static string? TypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF ? Jpeg
        : bytes.Length > 8 && bytes[..8].SequenceEqual(PngSignature) ? Png
        : null;

    /// <summary>The same picture without metadata; a structure it cannot follow is refused (naming <paramref name="field"/>).</summary>
    public static byte[] Strip(byte[] bytes, string field) => TypeOf(bytes) switch
    {
        Jpeg => StripJpeg(bytes, field),
        Png => StripPng(bytes, field),
        _ => throw new DomainRuleException(field, $"{field}: not a JPEG or PNG photo."),
    };

    private static byte[] StripJpeg(byte[] bytes, string field)
    {
        using var output = new MemoryStream(bytes.Length);
        output.Write(bytes, 0, 2);
        var at = 2;
        while (true)
        {
            if (at + 4 > bytes.Length || bytes[at] != 0xFF)
            {
                throw new DomainRuleException(field, $"{field}: a damaged JPEG (no marker at byte {at}).");
            }
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > bytes.Length)
            {
                throw new DomainRuleException(field, $"{field}: a damaged JPEG (segment at byte {at} runs past the end).");
            }
            // APP0 (JFIF) and APP14 (Adobe colour transform) say how to show the picture; the other APPn and COM are metadata.
            var metadata = marker is >= 0xE1 and <= 0xED or 0xEF or 0xFE;
            if (!metadata)
            {
                output.Write(bytes, at, 2 + length);
            }
            at += 2 + length;
            if (marker == 0xDA)
            {
                // Start of scan: the coded picture follows to the end.
                output.Write(bytes, at, bytes.Length - at);
                return output.ToArray();
            }
        }
    }

    private static byte[] StripPng(byte[] bytes, string field)
    {
        using var output = new MemoryStream(bytes.Length);
        output.Write(PngSignature);
        var at = 8;
        while (at < bytes.Length)
        {
            if (at + 12 > bytes.Length)
            {
                throw new DomainRuleException(field, $"{field}: a damaged PNG (chunk at byte {at} cut short).");
            }
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
            if (length > int.MaxValue || at + 12L + length > bytes.Length)
            {
                throw new DomainRuleException(field, $"{field}: a damaged PNG (chunk at byte {at} runs past the end).");
            }
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var size = 12 + (int)length;
            if (PngKept.Contains(type))
            {
                output.Write(bytes, at, size);
            }
            at += size;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }
        throw new DomainRuleException(field, $"{field}: a damaged PNG (no end chunk).");
    }
}
