using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Vigil.App.Pages.Events;
using Vigil.Countries;
using Vigil.Events.Import;
using Vigil.Mapping;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>The event map of /events/{ISO3}: grid clustering, and the page's SVG with its time filter.</summary>
public sealed class EventMapTests
{
    private static readonly GeoBox Box = new(0, 0, 24, 24);

    [Fact]
    public void Grid_SyntheticPoints_CountsPerCell()
    {
        EventPoint[] points =
        [
            new(0.2, 23.8, 1, 0, "A"), new(0.7, 23.1, 2, 1, "B"), new(0.5, 23.5, 0, 0, "A"), // column 0, row 0
            new(10.5, 10.5, 5, 5, "C"),                                                  // column 10, row 13
            new(23.9, 0.1, 0, 0, null), new(24, 0, 3, 3, "D"),                            // last cell, far edge included
        ];
        var clusters = EventClusters.Grid(points, Box, 24, 24);

        Assert.Equal(3, clusters.Count);
        var first = clusters[0];
        Assert.Equal((0, 0, 3, 3, 1), (first.Column, first.Row, first.Count, first.Fatalities, first.CivilianDeaths));
        Assert.Equal(["A", "B"], first.Places);
        Assert.Equal(0.2 / 3 + 0.7 / 3 + 0.5 / 3, first.Lon, 9);
        Assert.Equal((10, 13, 1), (clusters[1].Column, clusters[1].Row, clusters[1].Count));
        Assert.Equal((23, 23, 2, 3), (clusters[2].Column, clusters[2].Row, clusters[2].Count, clusters[2].Fatalities));
        Assert.Equal(points.Length, clusters.Sum(c => c.Count));
    }

    [Fact]
    public void Grid_PointOfSeveralEvents_WeighsAsManyAsSeparateEvents()
    {
        EventPoint[] separate = [new(0.2, 23.8, 1, 0, "A"), new(0.2, 23.8, 2, 1, "A"), new(0.2, 23.8, 0, 0, "A"), new(0.8, 23.2, 4, 4, "B")];
        EventPoint[] grouped = [new(0.2, 23.8, 3, 1, "A", Count: 3), new(0.8, 23.2, 4, 4, "B")];

        var one = Assert.Single(EventClusters.Grid(separate, Box));
        var other = Assert.Single(EventClusters.Grid(grouped, Box));

        Assert.Equal((4, 7, 5), (other.Count, other.Fatalities, other.CivilianDeaths));
        Assert.Equal((one.Count, one.Fatalities, one.CivilianDeaths), (other.Count, other.Fatalities, other.CivilianDeaths));
        Assert.Equal(one.Lon, other.Lon, 12);
        Assert.Equal(one.Lat, other.Lat, 12);
        Assert.Equal((0.2 * 3 + 0.8) / 4, other.Lon, 12);
        Assert.Equal(["A", "B"], other.Places);
    }

    [Fact]
    public void Grid_PointsOutsideBox_LeftOut()
    {
        EventPoint[] points = [new(-0.1, 5, 1, 1, "W"), new(5, 24.1, 1, 1, "N"), new(30, 5, 1, 1, "E"), new(5, 5, 1, 1, "In")];
        var clusters = EventClusters.Grid(points, Box);

        var only = Assert.Single(clusters);
        Assert.Equal(1, only.Count);
        Assert.Equal(["In"], only.Places);
        Assert.All(clusters, c => Assert.InRange(c.Column, 0, 23));
    }

    /// <summary>A Fiji-like country: islands at 177°E–180° and at 180°–178°W, plus a neighbour across 0° (like France).</summary>
    private static readonly MapFeature[] AcrossTheDateLine =
    [
        new("242", "Islandia", [
            [[(177, -18), (180, -18), (180, -16), (177, -16), (177, -18)]],
            [[(-180, -17), (-178, -17), (-178, -16), (-180, -16), (-180, -17)]],
        ]),
        new("250", "Crossland", [[[(-5, 43), (8, 43), (8, 50), (-5, 50), (-5, 43)]]]),
    ];

    [Fact]
    public void Build_CountryAcrossTheDateLine_IsFramedAroundItNotTheWholeWorld()
    {
        var country = new Country("XIS", null, new Vigil.LocalizedText("Islandia", "岛国"), "member", [], 242);
        EventPoint[] points = [new(178, -17, 1, 1, "West side"), new(-179, -16.5, 2, 2, "East side")];

        var map = EventMap.Build(AcrossTheDateLine, country, points);

        Assert.NotNull(map);
        Assert.True(EventMap.Wraps(AcrossTheDateLine[0]));
        Assert.False(EventMap.Wraps(AcrossTheDateLine[1]));
        // 177°E…182°E (= 178°W) plus margins: both events drawn, inside the view and apart from each other.
        Assert.Equal(2, map.Located);
        Assert.All(map.Circles, c => Assert.InRange(c.X, 0, map.Width));
        Assert.True(map.Circles.Max(c => c.X) - map.Circles.Min(c => c.X) > map.Width / 4);
        // The neighbour across 0° is far outside the frame and not drawn torn across it.
        Assert.Single(map.Outlines);
    }

    [Fact]
    public void Wraps_NaturalEarthShapes_OnlyCountriesAcrossTheDateLine()
    {
        var features = EventMap.Load();
        Assert.SkipWhen(features is null, $"No map data at {Vigil.App.Pages.Forecasts.WorldMap.DefaultFile}: the build could not fetch world-atlas with npm.");
        bool Wraps(string numericId) => EventMap.Wraps(features.Single(f => f.Id == numericId));

        Assert.True(Wraps("643"));  // Russia (Chukotka)
        Assert.True(Wraps("242"));  // Fiji
        Assert.False(Wraps("250")); // France, across 0°
        Assert.False(Wraps("032")); // Argentina

        var russia = new Country("RUS", 365, new Vigil.LocalizedText("Russia", "俄罗斯"), "member", [], 643);
        var map = EventMap.Build(features, russia, [new(37.6, 55.7, 0, 0, "Moscow"), new(-175, 66, 0, 0, "Chukotka")]);
        Assert.NotNull(map);
        Assert.Equal(2, map.Located);
        Assert.All(map.Circles, c => Assert.InRange(c.X, 0, map.Width));
        // Framed on Russia (≈ 20°E…190°E), not on the whole world: Moscow sits in the western fifth of the view.
        Assert.InRange(map.Circles.Single(c => c.Cluster.Places.Contains("Moscow")).X, 0, map.Width / 5);
    }

    [Fact]
    public void Grid_EmptyBox_Throws()
    {
        Assert.Throws<ArgumentException>(() => EventClusters.Grid([], new GeoBox(1, 1, 1, 2)));
    }

    [Theory]
    [InlineData(0, "civ-0")]
    [InlineData(9, "civ-1")]
    [InlineData(10, "civ-2")]
    [InlineData(50, "civ-3")]
    public void Band_CivilianDeaths_Class(int deaths, string expected) => Assert.Equal(expected, EventClusters.Band(deaths));

    [Fact]
    public async Task CountryPage_CarImported_MapWithCirclesAndNarrowerTimeFilter()
    {
        if (EventMap.Load() is null)
        {
            Assert.Skip($"World-atlas file missing ({Vigil.App.Pages.Forecasts.WorldMap.DefaultFile}): the build fetches it with npm.");
        }
        var car = SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv");
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        await server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([car]), null, ct);

        var html = await server.Client.GetStringAsync("/events/CAF", ct);
        Assert.Contains("id=\"event-map\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"outline self\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"event-map-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2022-12\"", html, StringComparison.Ordinal); // default: the last 24 months of data
        Assert.Contains("value=\"2021-01\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        var defaultCircles = Circles(html);
        Assert.True(defaultCircles > 1, $"{defaultCircles} circles");

        var narrow = await server.Client.GetStringAsync("/events/CAF?mapFrom=2022-12&mapTo=2022-12", ct);
        var narrowCircles = Circles(narrow);
        Assert.InRange(narrowCircles, 1, defaultCircles - 1);

        var bad = await server.Client.GetStringAsync("/events/CAF?mapFrom=December", ct);
        Assert.Contains("ignored: Map from (month)", bad, StringComparison.Ordinal); // the field by its label, not its parameter
        Assert.Equal(defaultCircles, Circles(bad));
    }

    private static int Circles(string html) => Regex.Count(html, "<circle [^>]*class=\"cluster civ-\\d\"><title>");
}
