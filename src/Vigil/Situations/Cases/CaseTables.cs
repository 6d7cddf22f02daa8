using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Situations.Cases;

/// <summary>The case library's table in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class CaseTables
{
    extension(VigilDb db)
    {
        public DbSet<PreventionCase> Cases => db.Set<PreventionCase>();
    }
}
