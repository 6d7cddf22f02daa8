namespace Vigil.Reports;

/// <summary>A photo as it arrived with a submission, checked (<see cref="Check"/>) before the report is stored.</summary>
public sealed record IncomingPhoto(string FileName, string ContentType, byte[] Content)
{
    /// <summary>10 MB: a phone photo at full resolution; larger is not a photo a monitor sends over a poor connection.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>A JPEG or PNG (by its bytes, whatever the name says) within the size limit, or a rule naming the file.</summary>
    public static IncomingPhoto Check(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        if (content.Length > MaxBytes)
        {
            throw new DomainRuleException(name, $"{name}: {content.Length / 1024 / 1024} MB is over the photo limit of {MaxBytes / 1024 / 1024} MB.");
        }
        var type = PhotoMetadata.TypeOf(content) ?? throw new DomainRuleException(name, $"{name}: only JPEG and PNG photos are accepted.");
        return new IncomingPhoto(name, type, content);
    }
}
