using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage;

/// <summary>
/// The one database context. It names no feature: each feature maps its own entities (IEntityTypeConfiguration in its
/// folder, found in this assembly), adds what depends on the running store as a <see cref="ModelPart"/>, and reaches its
/// tables through extension members on this type (e.g. <c>db.Assessments</c>, declared in Assessment).
/// </summary>
public sealed class VigilDb(DbContextOptions<VigilDb> options, ModelParts? modelParts = null) : DbContext(options)
{
    /// <summary>The parts the model was built with (see <see cref="VigilModelCacheKeyFactory"/>).</summary>
    internal ModelParts? ModelPartsInUse => modelParts;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VigilDb).Assembly);
        modelParts?.ApplyTo(modelBuilder);
    }
}
