using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.Events.Import;

/// <summary>
/// Imports event files: streams each file's rows, upserts events in batched transactions, honours ACLED
/// deletion lists, and writes rejected rows to a report. Under <see cref="EventImportRequest.Strict"/>
/// every file is read through first, and nothing is written if any row is bad. When the stored events changed, the
/// <see cref="IEventsImportedHandler"/>s run (the actor register is rebuilt).
/// </summary>
public sealed class EventImporter(IDbContextFactory<VigilDb> dbFactory, CountryCatalog catalog, TimeProvider time,
    IEnumerable<IEventsImportedHandler> handlers)
{
    private const int ProblemsShown = 20;

    public async Task<EventImportSummary> ImportAsync(EventImportRequest request, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var context = new ImportContext(catalog);
        if (request.Strict)
        {
            Validate(request, context, progress, cancellationToken);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var writer = await EventBatchWriter.OpenAsync(db, cancellationToken);
        using var report = new RejectionReport(request.ReportPath);
        var files = new List<FileImportSummary>();
        var shown = new List<RowProblem>();
        foreach (var path in request.Files)
        {
            using var file = EventFile.Open(path, request.Format, context);
            files.Add(await ImportFileAsync(file, writer, request.BatchSize, report, shown, progress, cancellationToken));
        }
        var summary = new EventImportSummary(files, shown);
        if (summary.Imported + summary.Updated + summary.Deleted > 0)
        {
            foreach (var handler in handlers)
            {
                await handler.HandleAsync(summary, cancellationToken);
            }
        }
        return summary;
    }

    private static void Validate(EventImportRequest request, ImportContext context, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        foreach (var path in request.Files)
        {
            using var file = EventFile.Open(path, request.Format, context);
            foreach (var item in file.Rows())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.Problem is { } problem)
                {
                    using var report = new RejectionReport(request.ReportPath);
                    report.Add(problem);
                    throw new EventFileException($"{problem} (--strict: nothing was imported)");
                }
                if (file.RowsRead % 8192 == 0)
                {
                    progress?.Report(new ImportProgress($"{file.Name} (checking)", file.Position, file.Length, file.RowsRead));
                }
            }
        }
    }

    /// <summary>
    /// Reading and writing overlap: one task parses the file into batches while this one writes the
    /// previous batch (a bounded channel of two keeps memory flat). Rejected rows are reported by the reader.
    /// </summary>
    private async Task<FileImportSummary> ImportFileAsync(EventFile file, EventBatchWriter writer, int batchSize,
        RejectionReport report, List<RowProblem> shown, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var source = EventFormatDetector.SourceOf(file.Format);
        var channel = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        int rejected = 0, repeats = 0;
        var reader = Task.Run(async () =>
        {
            try
            {
                var batch = new List<Event>(batchSize);
                var positions = new Dictionary<string, int>(StringComparer.Ordinal);
                var deletions = new List<string>();
                foreach (var item in file.Rows())
                {
                    stop.Token.ThrowIfCancellationRequested();
                    if (item.Event is { } ev)
                    {
                        if (positions.TryGetValue(ev.SourceId, out var at))
                        {
                            // The same event twice in one batch: the later row wins, as it would across batches.
                            batch[at] = ev;
                            repeats++;
                        }
                        else
                        {
                            positions[ev.SourceId] = batch.Count;
                            batch.Add(ev);
                        }
                    }
                    else if (item.DeletedId is { } id)
                    {
                        deletions.Add(id);
                    }
                    else if (item.Problem is { } problem)
                    {
                        rejected++;
                        report.Add(problem);
                        if (shown.Count < ProblemsShown)
                        {
                            shown.Add(problem);
                        }
                    }
                    if (batch.Count >= batchSize || deletions.Count >= batchSize)
                    {
                        await channel.Writer.WriteAsync(new Chunk(batch, deletions, file.Position, file.RowsRead), stop.Token);
                        (batch, deletions) = (new List<Event>(batchSize), []);
                        positions.Clear();
                    }
                }
                await channel.Writer.WriteAsync(new Chunk(batch, deletions, file.Length, file.RowsRead), stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, stop.Token);

        int inserted = 0, updated = 0, unchanged = 0, deleted = 0;
        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(stop.Token))
            {
                stop.Token.ThrowIfCancellationRequested();
                if (chunk.Events.Count > 0)
                {
                    var outcome = await writer.UpsertAsync(chunk.Events, time.GetUtcNow().UtcDateTime, stop.Token);
                    inserted += outcome.Inserted;
                    updated += outcome.Updated;
                    unchanged += outcome.Unchanged;
                }
                if (chunk.Deletions.Count > 0)
                {
                    deleted += await writer.DeleteAsync(source, chunk.Deletions, stop.Token);
                }
                progress?.Report(new ImportProgress(file.Name, chunk.Position, file.Length, chunk.RowsRead));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        return new FileImportSummary(file.Name, file.Format, file.Encoding.WebName, file.RowsRead,
            inserted, updated + repeats, unchanged, rejected, deleted, file.EncodingDecision);
    }

    private sealed record Chunk(List<Event> Events, List<string> Deletions, long Position, int RowsRead);
}
