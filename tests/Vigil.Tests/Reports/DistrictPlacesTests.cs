using Microsoft.Extensions.DependencyInjection;
using Vigil.Events;
using Vigil.Reports;
using Vigil.Tests.Events;

namespace Vigil.Tests.Reports;

/// <summary>
/// The district gazetteer of the report map: a district's place is the mean of the points of the imported events naming it
/// (names without case, accents or spacing), else its admin-1's, else none; events from field reports never count.
/// </summary>
public sealed class DistrictPlacesTests
{
    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task FindAsync_MatchesNamesLoosely_FallsBackToAdmin1_AndKnowsNothingElse(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await DistrictEvents.StoreAsync(store.Services,
            (EventSource.Acled, "SDN", "North Darfur", "Kabkabiya", 13.60, 24.10),
            (EventSource.UcdpGed, "SDN", "north darfur", " Kabkabíya ", 13.70, 24.20),
            (EventSource.Acled, "SDN", "North Darfur", "Kutum", 14.20, 24.66),
            (EventSource.Acled, "SDN", "North Darfur", null, 13.50, 25.00),
            (EventSource.Acled, "SDN", "North Darfur", "Kabkabiya", null, null),
            // A field event with a point (they carry none today) must never place anything.
            (EventSource.Field, "SDN", "North Darfur", "Tawila", 13.4999, 24.2222),
            (EventSource.Acled, "CAF", "Ouham", "Bossangoa", 6.49, 17.45));
        var places = store.Services.GetRequiredService<DistrictPlaces>();

        var found = await places.FindAsync([
            ("SDN", "NORTH DARFUR", "kabkabiya"),
            ("sdn", "Nörth Darfur", null),
            ("SDN", "North Darfur", "Nowhere"),
            ("SDN", "North Darfur", "Tawila"),
            ("SDN", "Blue Nile", "Kabkabiya"),
            ("SDN", null, "Kabkabiya"),
            ("SDN", "Ouham", "Bossangoa"),
            ("CAF", "Ouham", "Bossangoa"),
        ], TestContext.Current.CancellationToken);

        Assert.Equal(new DistrictPlace(13.65, 24.15, 2, false), found[0]);
        var admin1 = new DistrictPlace(13.75, 24.49, 4, true);
        Assert.Equal(admin1, found[1]);
        Assert.Equal(admin1, found[2]);
        Assert.Equal(admin1, found[3]);
        Assert.Null(found[4]);
        Assert.Null(found[5]);
        Assert.Null(found[6]);
        Assert.Equal(new DistrictPlace(6.49, 17.45, 1, false), found[7]);
    }

    [Fact]
    public async Task FindAsync_NoAdmin1Named_FindsNone()
    {
        await using var store = await EventStore.OpenAsync(EventStore.Sqlite);

        var found = await store.Services.GetRequiredService<DistrictPlaces>().FindAsync([("SDN", null, null), ("SDN", " ", "Kabkabiya")], TestContext.Current.CancellationToken);

        Assert.Equal([null, null], found);
    }
}
