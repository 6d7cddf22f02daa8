using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Speech;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Cli;

/// <summary>
/// The demo's posts: our own mild example texts about the fictional training country, ten months of a few hostile posts and then
/// a surge, stored with example verdicts while no speech model is trained (a trained model classifies them again with
/// 'vigil speech reclassify --all'), two referrals, a post linked to the country's situation, and the surge stored as a signal (which
/// links itself to that situation). Run again, it adds nothing.
/// </summary>
public static class DemoSpeechPosts
{
    public const string Source = "demo-feed";

    private static readonly (string Text, SpeechLabel Label, bool Incitement, string Group)[] Examples =
    [
        ("The valley people are taking all the jobs in this town.", SpeechLabel.Offensive, false, "valley people"),
        ("Valley people are a plague on this country and everyone knows it.", SpeechLabel.Hate, false, "valley people"),
        ("Those hill families should all be thrown out before the vote.", SpeechLabel.Hate, true, "hill families"),
        ("Lovely market day in the old town, come and see the weavers.", SpeechLabel.Normal, false, ""),
        ("Saying valley people are a plague is wrong. They are our neighbours.", SpeechLabel.Normal, false, ""),
        ("Meet at the bridge on Friday and make the hill families leave for good.", SpeechLabel.Hate, true, "hill families"),
    ];

    public static async Task EnsureAsync(IServiceProvider services, Guid organization, CancellationToken cancellationToken)
    {
        var posts = new List<PostInput>();
        var verdicts = new List<SpeechVerdict>();
        var country = CountryCatalog.TrainingCountry.Iso3;
        for (var month = 1; month <= 11; month++)
        {
            // Two hostile posts and a friendly one a month, then a surge of calls to expel in November.
            var count = month == 11 ? 18 : 3;
            for (var i = 0; i < count; i++)
            {
                var (text, label, incitement, group) = month == 11 ? Examples[2 + 3 * (i % 2)] : Examples[(month + i) % Examples.Length];
                posts.Add(new PostInput(Source, $"2026-{month:D2}-{i}", text, "en", "ExampleNet", $"@example_user_{i % 4}",
                    new DateTime(2026, month, 1 + i % 27, 9 + i % 10, 0, 0, DateTimeKind.Utc), country, null, null, 40 * (i + 1) * month, i * 3));
                var p = label switch { SpeechLabel.Hate => (0.82, 0.12, 0.06), SpeechLabel.Offensive => (0.15, 0.74, 0.11), _ => (0.03, 0.07, 0.90) };
                verdicts.Add(new SpeechVerdict(label, p.Item1, p.Item2, p.Item3, incitement, "en",
                    group.Length == 0 || label == SpeechLabel.Normal ? [] : [new LexiconHit(label == SpeechLabel.Hate ? "plague" : "taking all the jobs", group, incitement ? 3 : 2, incitement)]));
            }
        }
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<IngestPosts>()
            .RunAsync(new IngestPosts.Request(posts, Classification.Internal, organization, verdicts), Viewer.System, cancellationToken);
        if (outcome.Stored == 0)
        {
            return;
        }
        var queries = scope.ServiceProvider.GetRequiredService<SpeechPostQueries>();
        var flagged = await queries.ListAsync(Viewer.System, new SpeechPostQueries.Filter(country, Flagged: true, Limit: 2), cancellationToken);
        var refer = scope.ServiceProvider.GetRequiredService<RecordReferral>();
        foreach (var (post, hours) in flagged.Zip(new[] { 6.5, 40.0 }))
        {
            var at = (post.PostedAt ?? DateTime.UtcNow).AddHours(3);
            await refer.RunAsync(post.Id, new ReferralInput("ExampleNet", at, "EX-" + at.ToString("MMdd", CultureInfo.InvariantCulture), at.AddHours(hours),
                hours < 24 ? ReferralOutcome.Removed : ReferralOutcome.Restricted), Viewer.System, cancellationToken);
        }
        // The most recent flagged post follows the country's situation by hand, as an analyst would link it; the surge links itself.
        var situations = scope.ServiceProvider.GetRequiredService<Vigil.Situations.SituationQueries>();
        foreach (var (situation, _) in flagged.Count == 0 ? [] : await situations.ChangeableOfCountryAsync(country, Viewer.System, cancellationToken))
        {
            await scope.ServiceProvider.GetRequiredService<Vigil.Situations.LinkRecord>()
                .RunAsync(new(situation, Vigil.Situations.LinkKind.Speech, flagged[0].Id, "demo"), cancellationToken);
        }
        await scope.ServiceProvider.GetRequiredService<SurgeScan>().RunAsync(cancellationToken);
    }
}
