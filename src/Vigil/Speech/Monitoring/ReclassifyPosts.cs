using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

/// <summary>
/// Classifies the posts stored while no classifier was ready (or, with <c>all</c>, every post again after a new model), batch by
/// batch, each batch saved in one transaction. Answers how many were classified; none when still no classifier is ready.
/// </summary>
public sealed class ReclassifyPosts(IDbContextFactory<VigilDb> dbFactory, SpeechVerdicts verdicts, TimeProvider time)
{
    public async Task<int> RunAsync(bool all, CancellationToken cancellationToken)
    {
        if (!verdicts.IsReady)
        {
            return 0;
        }
        var done = 0;
        // Posts classified in this run carry its start time or later, so each batch takes only posts not yet done.
        var started = time.GetUtcNow().UtcDateTime;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var batch = await db.SpeechPosts.Where(p => p.ClassifiedAt == null || (all && p.ClassifiedAt < started))
                .OrderBy(p => p.IngestedAt).ThenBy(p => p.Id).Take(PostBatchWriter.BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return done;
            }
            var found = verdicts.Classify(batch)!;
            var now = time.GetUtcNow().UtcDateTime;
            now = now < started ? started : now;
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Classified(found[i], verdicts.ModelVersion, now);
            }
            await db.SaveChangesAsync(cancellationToken);
            done += batch.Count;
        }
    }
}
