using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Reports.Forms;

/// <summary>The forms' table in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class ReportFormTables
{
    extension(VigilDb db)
    {
        public DbSet<ReportForm> ReportForms => db.Set<ReportForm>();
    }
}
