namespace Vigil.Reports;

/// <summary>
/// A photo sent with a report. The shared copy (metadata stripped) and the original (encrypted, for named roles) are files under
/// the data directory; the paths are relative to its reports/ folder.
/// </summary>
public sealed class FieldReportAttachment
{
    private FieldReportAttachment()
    {
    }

    internal FieldReportAttachment(Guid reportId, string fileName, string contentType, long size, string sharedPath, string originalPath, DateTime now)
    {
        Id = Guid.NewGuid();
        ReportId = reportId;
        FileName = fileName.Length > 200 ? fileName[..200] : fileName;
        ContentType = contentType;
        Size = size;
        SharedPath = sharedPath;
        OriginalPath = originalPath;
        ReceivedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string SharedPath { get; private set; } = "";
    public string OriginalPath { get; private set; } = "";
    public DateTime ReceivedAt { get; private set; }
}
