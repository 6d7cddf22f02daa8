using Microsoft.Extensions.Hosting;

namespace Vigil.Speech.Lexicons;

/// <summary>
/// Keeps the classifier's lexicon current when several instances share one database: every <see cref="Interval"/> it asks for the
/// newest stored version number (one indexed MAX) and reloads only when another instance saved a newer one. The instance that
/// saves reloads at once.
/// </summary>
public sealed class SpeechLexiconRefresh(SpeechLexiconStore store, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await store.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup keeps the lexicon already loaded; the next tick tries again.
            }
        }
    }
}
