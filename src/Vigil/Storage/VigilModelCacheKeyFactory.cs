using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Vigil.Storage;

/// <summary>
/// EF Core caches one model per context type, but VigilDb's model holds the <see cref="ModelParts"/> of one store (e.g.
/// the value converter that encrypts confidential fields with that store's keys). Keying the cache on that instance too
/// keeps two stores in one process (tests, tools) from encrypting with each other's keys — or with the keys of a store
/// already deleted.
/// </summary>
internal sealed class VigilModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is VigilDb db ? (context.GetType(), db.ModelPartsInUse, designTime) : (context.GetType(), designTime);
}
