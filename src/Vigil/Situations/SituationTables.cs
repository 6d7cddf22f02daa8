using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Situations;

/// <summary>Situations' tables in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class SituationTables
{
    extension(VigilDb db)
    {
        public DbSet<Situation> Situations => db.Set<Situation>();
    }
}
