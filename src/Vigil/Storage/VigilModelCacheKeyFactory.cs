using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Vigil.Storage;

/// <summary>
/// EF Core caches one model per context type, but VigilDb's model holds the value converter
/// that encrypts confidential fields with one store's keys. Keying the cache on that
/// <see cref="Security.ConfidentialFields"/> instance too keeps two stores in one process (tests,
/// tools) from encrypting with each other's keys — or with the keys of a store already deleted.
/// </summary>
internal sealed class VigilModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is VigilDb db ? (context.GetType(), db.ConfidentialFieldsInUse, designTime) : (context.GetType(), designTime);
}
