using System.IO.Compression;

namespace Vigil.Events.Import;

/// <summary>
/// The bytes of an event file: the file itself, or — for a .zip as UCDP and GDELT publish them — its largest
/// entry, decompressed as it is read. Disposing the returned file stream closes both.
/// </summary>
internal static class EventFileContent
{
    public static Stream Open(string path, out FileStream file)
    {
        file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return file;
        }
        try
        {
            var archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var entry = archive.Entries.Where(e => !e.FullName.EndsWith('/')).MaxBy(e => e.Length)
                ?? throw new EventFileException($"{Path.GetFileName(path)}: the archive holds no file");
            return entry.Open();
        }
        catch (InvalidDataException ex)
        {
            file.Dispose();
            throw new EventFileException($"{Path.GetFileName(path)}: not a readable zip archive ({ex.Message})");
        }
    }
}
