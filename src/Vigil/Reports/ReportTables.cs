using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Reports;

/// <summary>Field reports' tables in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class ReportTables
{
    extension(VigilDb db)
    {
        public DbSet<FieldReport> FieldReports => db.Set<FieldReport>();
        public DbSet<InboundSms> InboundSms => db.Set<InboundSms>();
        public DbSet<ReportLocationPolicy> ReportLocationPolicies => db.Set<ReportLocationPolicy>();
        public DbSet<ReporterHashKey> ReporterHashKeys => db.Set<ReporterHashKey>();
    }
}
