using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage;

/// <summary>The <see cref="ModelPart"/>s the features registered, one instance per store (it keys EF Core's model cache).</summary>
public sealed class ModelParts(IEnumerable<ModelPart> parts)
{
    private readonly IReadOnlyList<ModelPart> _parts = [.. parts];

    internal void ApplyTo(ModelBuilder builder)
    {
        foreach (var part in _parts)
        {
            part.Apply(builder);
        }
    }
}
