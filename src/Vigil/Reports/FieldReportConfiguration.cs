using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Security;

namespace Vigil.Reports;

internal sealed class FieldReportConfiguration : IEntityTypeConfiguration<FieldReport>
{
    public void Configure(EntityTypeBuilder<FieldReport> builder)
    {
        builder.ToTable("field_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Classification).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ClientId).HasMaxLength(FieldReport.ClientIdMaxLength);
        builder.Property(r => r.FormId).HasMaxLength(200);
        builder.Property(r => r.FormVersion).HasMaxLength(100);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CountryIso3).HasMaxLength(3);
        builder.Property(r => r.Admin1).HasMaxLength(FieldReport.PlaceMaxLength);
        builder.Property(r => r.Admin2).HasMaxLength(FieldReport.PlaceMaxLength);
        builder.Property(r => r.Text).HasMaxLength(FieldReport.TextMaxLength);
        builder.Property(r => r.Perpetrator).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.WarningSigns).HasMaxLength(1000);
        builder.Property(r => r.Network).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        // Encrypted values are longer than the plain text: no length limit on the confidential columns.
        ConfidentialFields.Mark(builder.Property(r => r.ReporterName));
        ConfidentialFields.Mark(builder.Property(r => r.ReporterPhone));
        ConfidentialFields.Mark(builder.Property(r => r.ReporterDeviceId));
        ConfidentialFields.Mark(builder.Property(r => r.ReporterAccount));
        ConfidentialFields.Mark(builder.Property(r => r.RawSubmission));
        builder.Property(r => r.ReporterHash).HasMaxLength(64);
        builder.Ignore(r => r.WarningSignList);
        builder.Ignore(r => r.Reporter);
        builder.Ignore(r => r.HasPoint);
        builder.HasIndex(r => new { r.OrganizationId, r.ClientId }).IsUnique();
        builder.HasIndex(r => new { r.CountryIso3, r.OccurredAt });
        builder.HasIndex(r => new { r.Status, r.ReceivedAt });
        builder.HasIndex(r => r.ReporterHash);
        builder.HasMany(r => r.Harmed).WithOne().HasForeignKey(h => h.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Harmed).HasField("_harmed");
        builder.Navigation(r => r.Attachments).HasField("_attachments");
    }
}

internal sealed class HarmCountConfiguration : IEntityTypeConfiguration<HarmCount>
{
    public void Configure(EntityTypeBuilder<HarmCount> builder)
    {
        builder.ToTable("field_report_harm");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(h => h.Age).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class FieldReportAttachmentConfiguration : IEntityTypeConfiguration<FieldReportAttachment>
{
    public void Configure(EntityTypeBuilder<FieldReportAttachment> builder)
    {
        builder.ToTable("field_report_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(50);
        builder.Property(a => a.SharedPath).HasMaxLength(300);
        builder.Property(a => a.OriginalPath).HasMaxLength(300);
    }
}

internal sealed class InboundSmsConfiguration : IEntityTypeConfiguration<InboundSms>
{
    public void Configure(EntityTypeBuilder<InboundSms> builder)
    {
        builder.ToTable("inbound_sms");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Gateway).HasMaxLength(20);
        builder.Property(s => s.MessageId).HasMaxLength(200);
        builder.Property(s => s.Classification).HasConversion<string>().HasMaxLength(20);
        ConfidentialFields.Mark(builder.Property(s => s.Sender));
        builder.Property(s => s.SenderHash).HasMaxLength(64);
        builder.Property(s => s.Reference).HasMaxLength(100);
        builder.Property(s => s.Text).HasMaxLength(InboundSms.TextMaxLength);
        builder.Property(s => s.Reply).HasMaxLength(500);
        builder.HasIndex(s => new { s.Gateway, s.MessageId }).IsUnique();
        builder.HasIndex(s => new { s.SenderHash, s.Reference });
    }
}

internal sealed class ReportLocationPolicyConfiguration : IEntityTypeConfiguration<ReportLocationPolicy>
{
    public void Configure(EntityTypeBuilder<ReportLocationPolicy> builder)
    {
        builder.ToTable("report_location_policies");
        builder.HasKey(p => p.OrganizationId);
        builder.Property(p => p.OrganizationId).ValueGeneratedNever();
        builder.Property(p => p.Mode).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.UpdatedBy).HasMaxLength(200);
    }
}

internal sealed class ReporterHashKeyConfiguration : IEntityTypeConfiguration<ReporterHashKey>
{
    public void Configure(EntityTypeBuilder<ReporterHashKey> builder)
    {
        builder.ToTable("reporter_hash_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        ConfidentialFields.Mark(builder.Property(k => k.Key));
    }
}
