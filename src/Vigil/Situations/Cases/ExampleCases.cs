using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Situations.Cases;

/// <summary>
/// The seed of the library: real historical cases as example entries written for training, with their public sources
/// (example-cases.json, our own words from ../shared/reference/prevention-cases.md; its para-30 ratings illustrative).
/// Loaded by <c>vigil demo</c>; <c>vigil cases import</c> reads the same shape.
/// </summary>
public sealed class ExampleCases(VigilDb db, RecordCase record)
{
    public const string ResourceName = "Vigil.Situations.Cases.example-cases.json";

    public static string EmbeddedJson()
    {
        using var stream = typeof(ExampleCases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static CaseFile Embedded() => CaseFile.Parse(EmbeddedJson());

    /// <summary>Stores the examples (public, owned by <paramref name="organizationId"/>) unless they are stored already; the number added.</summary>
    public async Task<int> EnsureAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var file = Embedded();
        var ids = file.Cases.Select(c => c.Id!.Value).ToList();
        var stored = await db.Cases.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        var missing = file.Cases.Where(c => !stored.Contains(c.Id!.Value)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }
        return (await record.RunAsync(new RecordCase.Request(missing, "demo", organizationId, KeepIds: true), cancellationToken)).Added;
    }
}
