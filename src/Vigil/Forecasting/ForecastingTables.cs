using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Forecasting;

/// <summary>Forecasting's tables in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class ForecastingTables
{
    extension(VigilDb db)
    {
        public DbSet<ForecastRun> ForecastRuns => db.Set<ForecastRun>();
        public DbSet<ForecastEntry> ForecastEntries => db.Set<ForecastEntry>();
    }
}
