namespace Vigil.Reports;

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size);
