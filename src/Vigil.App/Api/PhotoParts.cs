using Vigil.Reports;

namespace Vigil.App.Api;

/// <summary>The photos among a multipart/form-data post's files, each checked (JPEG or PNG by its bytes, within the size limit).</summary>
public static class PhotoParts
{
    public static async Task<IReadOnlyList<IncomingPhoto>> ReadAsync(IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        var incoming = new List<IncomingPhoto>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            incoming.Add(IncomingPhoto.Check(file.FileName.Length > 0 ? file.FileName : file.Name, buffer.ToArray()));
        }
        return incoming;
    }
}
