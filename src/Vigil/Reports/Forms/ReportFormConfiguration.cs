using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Reports.Forms;

internal sealed class ReportFormConfiguration : IEntityTypeConfiguration<ReportForm>
{
    public void Configure(EntityTypeBuilder<ReportForm> builder)
    {
        builder.ToTable("report_forms");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FormId).HasMaxLength(XFormDefinition.IdMax);
        builder.Property(f => f.Version).HasMaxLength(XFormDefinition.VersionMax);
        builder.Property(f => f.TitleEn).HasMaxLength(ReportForm.TitleMax);
        builder.Property(f => f.TitleZh).HasMaxLength(ReportForm.TitleMax);
        builder.Property(f => f.Languages).HasMaxLength(200);
        builder.Property(f => f.Md5).HasMaxLength(32);
        builder.Property(f => f.UploadedBy).HasMaxLength(200);
        builder.Property(f => f.Classification).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(f => f.IsBuiltIn);
        builder.Ignore(f => f.Title);
        builder.Ignore(f => f.OpenRosaHash);
        // A form id and version name one form, as in ODK Central: a changed form needs a new version.
        builder.HasIndex(f => new { f.FormId, f.Version }).IsUnique();
    }
}
