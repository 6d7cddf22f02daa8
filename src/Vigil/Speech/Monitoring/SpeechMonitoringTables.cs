using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

/// <summary>Speech monitoring's tables in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class SpeechMonitoringTables
{
    extension(VigilDb db)
    {
        public DbSet<SpeechPost> SpeechPosts => db.Set<SpeechPost>();
        public DbSet<SpeechReview> SpeechReviews => db.Set<SpeechReview>();
        public DbSet<SpeechReferral> SpeechReferrals => db.Set<SpeechReferral>();
    }
}
