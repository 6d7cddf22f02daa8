using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

using Classification = Vigil.Security.Classification;

/// <summary>
/// Writes posts in batches, one transaction per batch, with one INSERT … ON CONFLICT ("Source", "PostId") DO NOTHING
/// re-bound per row on the context's own connection: no change tracking, and a post already stored is left as it is (ingest is
/// idempotent). Both providers accept the statement; only the parameter values differ (SQLite stores Guids and times as EF
/// Core writes them, as text). The author handle is encrypted here as the mapping would (<see cref="ConfidentialFields"/>).
/// </summary>
public sealed class PostBatchWriter(VigilDb db, ConfidentialFields confidential)
{
    public const int BatchSize = 1000;

    private static readonly (string Column, Func<SpeechPost, object?> Value)[] Columns =
    [
        (nameof(SpeechPost.Id), p => p.Id),
        (nameof(SpeechPost.Source), p => p.Source),
        (nameof(SpeechPost.PostId), p => p.PostId),
        (nameof(SpeechPost.Text), p => p.Text),
        (nameof(SpeechPost.Language), p => p.Language),
        (nameof(SpeechPost.Platform), p => p.Platform),
        (nameof(SpeechPost.AuthorHandle), p => p.AuthorHandle),
        (nameof(SpeechPost.PostedAt), p => p.PostedAt),
        (nameof(SpeechPost.CountryIso3), p => p.CountryIso3),
        (nameof(SpeechPost.Admin1), p => p.Admin1),
        (nameof(SpeechPost.Url), p => p.Url),
        (nameof(SpeechPost.Followers), p => p.Followers),
        (nameof(SpeechPost.Shares), p => p.Shares),
        (nameof(SpeechPost.OrganizationId), p => p.OrganizationId),
        (nameof(SpeechPost.Classification), p => p.Classification.ToString()),
        (nameof(SpeechPost.IngestedAt), p => p.IngestedAt),
        (nameof(SpeechPost.Label), p => p.Label?.ToString()),
        (nameof(SpeechPost.PHate), p => p.PHate),
        (nameof(SpeechPost.POffensive), p => p.POffensive),
        (nameof(SpeechPost.PNormal), p => p.PNormal),
        (nameof(SpeechPost.Incitement), p => p.Incitement),
        (nameof(SpeechPost.LexiconHits), p => p.LexiconHits),
        (nameof(SpeechPost.LexiconSeverity), p => p.LexiconSeverity),
        (nameof(SpeechPost.TargetGroups), p => p.TargetGroups),
        (nameof(SpeechPost.VerdictLanguage), p => p.VerdictLanguage),
        (nameof(SpeechPost.ModelVersion), p => p.ModelVersion),
        (nameof(SpeechPost.ClassifiedAt), p => p.ClassifiedAt),
        (nameof(SpeechPost.Danger), p => p.Danger),
        (nameof(SpeechPost.Flagged), p => p.Flagged),
        (nameof(SpeechPost.Decision), p => p.Decision?.ToString()),
        (nameof(SpeechPost.ReviewCount), p => p.ReviewCount),
    ];

    private static readonly string Insert =
        $"INSERT INTO {SpeechPostConfiguration.Table} ({string.Join(", ", Columns.Select(c => $"\"{c.Column}\""))}) " +
        $"VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))}) ON CONFLICT (\"Source\", \"PostId\") DO NOTHING";

    /// <summary>Stores the posts not yet stored; returns how many were new.</summary>
    public async Task<int> WriteAsync(IReadOnlyList<SpeechPost> posts, CancellationToken cancellationToken)
    {
        var sqlite = !db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var inserted = 0;
            foreach (var batch in posts.Chunk(BatchSize))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = Insert;
                var parameters = Columns.Select((_, i) =>
                {
                    var p = command.CreateParameter();
                    p.ParameterName = $"@p{i}";
                    command.Parameters.Add(p);
                    return p;
                }).ToArray();
                foreach (var post in batch)
                {
                    for (var i = 0; i < Columns.Length; i++)
                    {
                        var value = Columns[i].Column == nameof(SpeechPost.AuthorHandle) && post.AuthorHandle is { } handle
                            ? confidential.Protect(handle)
                            : Columns[i].Value(post);
                        parameters[i].Value = Stored(value, sqlite) ?? DBNull.Value;
                    }
                    inserted += await command.ExecuteNonQueryAsync(cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
            }
            return inserted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Values as each provider's EF Core mapping stores them.</summary>
    private static object? Stored(object? value, bool sqlite) => (value, sqlite) switch
    {
        (Guid g, true) => g.ToString().ToUpperInvariant(),
        (DateTime t, true) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        (DateTime t, false) => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        (bool b, true) => b ? 1 : 0,
        _ => value,
    };
}
