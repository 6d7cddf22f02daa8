using Vigil.App.Pages.Reports;
using Vigil.Reports;
using Vigil.Security;

namespace Vigil.Tests.Reports;

/// <summary>How the report map places and counts reports: by the point the viewer may see, else by the district's place, else not at all.</summary>
public sealed class ReportMapBuildTests
{
    private static FieldReportView Report(string precision, double? latitude, double? longitude, string? admin2 = "Kabkabiya") =>
        new(Guid.NewGuid(), precision, null, null, ReportChannel.Web, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), DateTime.UtcNow, "SDN",
            new ShownLocation("North Darfur", admin2, latitude, longitude, precision, null), "text", [], null, [], false, null, ReportStatus.Unverified,
            null, Classification.Internal, []);

    [Fact]
    public void Build_NamesOnlyReports_DrawnAtTheirDistrictPlace_ClusteredWithNearPoints_AndTheRestCounted()
    {
        var grid = Report(ShownLocation.Grid, 13.62, 24.10);
        var namesOnly = Report(ShownLocation.Admin2Only, null, null);
        var far = Report(ShownLocation.Admin2Only, null, null, "Kutum");
        var nowhere = Report(ShownLocation.NoPoint, null, null, "Atlantis");
        var districts = new Dictionary<Guid, DistrictPlace>
        {
            [namesOnly.Id] = new(13.63, 24.11, 2, false),
            [far.Id] = new(11.0, 30.0, 1, false),
        };

        var map = ReportMap.Build([], [], [grid, namesOnly, far, nowhere], districts)!;

        Assert.Equal((3, 2, 1), (map.Drawn, map.ByDistrict, map.Unplaced));
        Assert.Equal(2, map.Circles.Count);
        var shared = map.Circles.Single(c => c.Count == 2);
        Assert.Equal(1, shared.ByDistrict);
        var alone = map.Circles.Single(c => c.Count == 1);
        var (x, y) = map.Frame.Project(30.0, 11.0);
        Assert.Equal((Math.Round(x, 1), Math.Round(y, 1), 1), (alone.X, alone.Y, alone.ByDistrict));
    }
}
