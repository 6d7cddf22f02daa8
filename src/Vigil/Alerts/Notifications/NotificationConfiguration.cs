using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Security;

namespace Vigil.Alerts.Notifications;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Url).HasMaxLength(1000);
        builder.Property(w => w.CreatedBy).HasMaxLength(200);
        // Encrypted with the store's keys (ConfidentialFields); ciphertext is longer than the plain text, hence no maximum length.
        ConfidentialFields.Mark(builder.Property(w => w.Secret));
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.Ignore(d => d.Pending);
        builder.Ignore(d => d.Status);
        builder.HasIndex(d => new { d.DeliveredAt, d.GaveUp, d.NextAttemptAt });
        // A webhook's latest deliveries (the admin page and API) are read newest first; this index also serves the foreign key.
        builder.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertDigestConfiguration : IEntityTypeConfiguration<AlertDigest>
{
    public void Configure(EntityTypeBuilder<AlertDigest> builder)
    {
        builder.ToTable("alert_digests");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => d.CreatedAt);
    }
}
