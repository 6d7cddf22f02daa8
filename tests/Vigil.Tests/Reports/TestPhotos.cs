using System.Buffers.Binary;
using System.Text;

namespace Vigil.Tests.Reports;

/// <summary>Photos as a phone sends them: a small JPEG with an EXIF segment holding a GPS position and the camera's make.</summary>
internal static class TestPhotos
{
    /// <summary>An 8×8 baseline JPEG (JFIF and an ICC profile, no EXIF), made once with Chromium's JPEG encoder.</summary>
    private const string PlainJpeg = "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCSAEov/9k=";

    public static byte[] Plain => Convert.FromBase64String(PlainJpeg);

    /// <summary>The JPEG with an APP1 EXIF segment after SOI: IFD0 names the make and points at a GPS IFD (latitude 13° 37' N).</summary>
    public static byte[] WithGps()
    {
        var tiff = Tiff();
        var app1 = new List<byte> { 0xFF, 0xE1 };
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(2 + 6 + tiff.Length));
        app1.AddRange(length);
        app1.AddRange("Exif\0\0"u8.ToArray());
        app1.AddRange(tiff);
        var plain = Plain;
        return [.. plain[..2], .. app1, .. plain[2..]];
    }

    /// <summary>A big-endian TIFF: IFD0 { Make, GPSInfo → GPS IFD { LatitudeRef "N", Latitude 13/1 37/1 0/1 } }.</summary>
    private static byte[] Tiff()
    {
        var b = new List<byte>();
        void U16(int v) { b.Add((byte)(v >> 8)); b.Add((byte)v); }
        void U32(int v) { U16(v >> 16); U16(v & 0xFFFF); }
        b.AddRange("MM"u8.ToArray());
        U16(42);
        U32(8);
        // IFD0 at 8: two entries (2 + 2×12 + 4 = 30 bytes), then the make's text at 38.
        U16(2);
        U16(0x010F); U16(2); U32(8); U32(38);          // Make, ASCII, 8 bytes at 38
        U16(0x8825); U16(4); U32(1); U32(46);          // GPSInfo IFD pointer → 46
        U32(0);
        b.AddRange("PhoneCo\0"u8.ToArray());            // 38..45
        // GPS IFD at 46: two entries (2 + 24 + 4 = 30 bytes), then the rationals at 76.
        U16(2);
        U16(0x0001); U16(2); U32(2); b.AddRange("N\0\0\0"u8.ToArray()); // GPSLatitudeRef "N" inline
        U16(0x0002); U16(5); U32(3); U32(76);          // GPSLatitude, 3 rationals at 76
        U32(0);
        U32(13); U32(1); U32(37); U32(1); U32(0); U32(1);
        return [.. b];
    }

    public static bool HasExif(byte[] jpeg) => Encoding.ASCII.GetString(jpeg).Contains("Exif\0\0", StringComparison.Ordinal);
}
