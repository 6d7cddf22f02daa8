using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Reports;

/// <summary>
/// Keeps a report's photos under the data directory (reports/photos/REPORT/): the shared copy with its metadata stripped, which
/// everyone who may see the report sees, and the original encrypted with the key ring, for admins, analysts and reviewers of
/// the owning organisation (it may hold the GPS point and the phone's make and serial).
/// </summary>
public sealed class ReportPhotos(IDbContextFactory<VigilDb> dbFactory, DatabaseTarget target, IDataProtectionProvider protection, TimeProvider time)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Vigil.Reports.Photos.v1");

    /// <summary>Stores the photos the report has not yet got (by file name: ODK Collect splits a large submission into several posts).</summary>
    public async Task<int> AttachAsync(Guid reportId, IReadOnlyList<IncomingPhoto> photos, CancellationToken cancellationToken)
    {
        if (photos.Count == 0)
        {
            return 0;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.FieldReports.Include(r => r.Attachments).SingleAsync(r => r.Id == reportId, cancellationToken);
        var added = 0;
        foreach (var photo in photos.Where(p => report.Attachments.All(a => a.FileName != p.FileName)))
        {
            var shared = PhotoMetadata.Strip(photo.Content, photo.FileName);
            var folder = Path.Combine("photos", reportId.ToString("N"));
            var id = Guid.NewGuid().ToString("N");
            var sharedPath = Path.Combine(folder, id + (photo.ContentType == PhotoMetadata.Png ? ".png" : ".jpg"));
            var originalPath = Path.Combine(folder, id + ".original");
            Directory.CreateDirectory(Path.Combine(Root, folder));
            await File.WriteAllBytesAsync(Path.Combine(Root, sharedPath), shared, cancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(Root, originalPath), _protector.Protect(photo.Content), cancellationToken);
            report.Attach(photo.FileName, photo.ContentType, shared.Length, sharedPath, originalPath, time.GetUtcNow().UtcDateTime);
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    public Task<byte[]> ReadSharedAsync(FieldReportAttachment attachment, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(Path.Combine(Root, attachment.SharedPath), cancellationToken);

    /// <summary>The photo as the phone sent it; the caller checks the viewer may see it.</summary>
    public async Task<byte[]> ReadOriginalAsync(FieldReportAttachment attachment, CancellationToken cancellationToken) =>
        _protector.Unprotect(await File.ReadAllBytesAsync(Path.Combine(Root, attachment.OriginalPath), cancellationToken));

    private string Root => Path.Combine(target.DataDirectory, "reports");
}
