using Microsoft.Extensions.DependencyInjection;
using Vigil.Countries;
using Vigil.Reports;
using Vigil.Reports.Verification;
using Vigil.Security;

namespace Vigil.App.Cli;

/// <summary>
/// The demo's field reports: a dozen short texts of our own, each starting "[Fictional demo report]", in the fictional training
/// country, placed in open ocean (no real country's outline near them) so the map of reports has something to cluster, with a
/// few verdicts so its colours differ. Run again, it adds nothing (client ids).
/// </summary>
public static class DemoFieldReports
{
    public const string Label = "[Fictional demo report]";

    private static readonly (string Text, string Admin1, string Admin2, double Lat, double Lon, ReporterNetwork Network, ReportStatus Status)[] Reports =
    [
        ("Men with sticks stopped the bus at the bridge and checked identity cards.", "North Valley", "Riverbend", -31.52, -19.48, ReporterNetwork.CommunityMonitor, ReportStatus.Verified),
        ("The bus was stopped at the bridge; passengers were asked for their cards.", "North Valley", "Riverbend", -31.53, -19.47, ReporterNetwork.WomensGroup, ReportStatus.Unverified),
        ("Leaflets calling hill families 'outsiders' were left at the market.", "North Valley", "Riverbend", -31.50, -19.51, ReporterNetwork.YouthGroup, ReportStatus.Verified),
        ("Two shops owned by hill families were closed by force overnight.", "North Valley", "Old Town", -31.31, -19.22, ReporterNetwork.CommunityMonitor, ReportStatus.Unverified),
        ("A preacher asked people to stay calm after the shop closures.", "North Valley", "Old Town", -31.30, -19.20, ReporterNetwork.ReligiousLeader, ReportStatus.Unconfirmed),
        ("Families are leaving the upper villages with their animals.", "Hill Province", "Upper Fields", -31.05, -18.71, ReporterNetwork.WomensGroup, ReportStatus.Unverified),
        ("Checkpoint set up on the road to the upper villages by armed men.", "Hill Province", "Upper Fields", -31.08, -18.75, ReporterNetwork.YouthGroup, ReportStatus.Unverified),
        ("Rumour that the well was poisoned; nobody has seen it.", "Hill Province", "Stone Ford", -31.70, -18.90, ReporterNetwork.CommunityMonitor, ReportStatus.False),
        ("School closed after threats painted on its wall.", "Hill Province", "Stone Ford", -31.72, -18.93, ReporterNetwork.WomensGroup, ReportStatus.Unverified),
        ("Radio host repeated that 'the valley will be cleaned' after the vote.", "North Valley", "Riverbend", -31.51, -19.50, ReporterNetwork.YouthGroup, ReportStatus.Unverified),
        ("Elders of both communities met at the mosque and the church.", "North Valley", "Old Town", -31.32, -19.21, ReporterNetwork.ReligiousLeader, ReportStatus.Verified),
        ("Shots heard near the ford at night, no one hurt that we know.", "Hill Province", "Stone Ford", -31.69, -18.88, ReporterNetwork.CommunityMonitor, ReportStatus.Unconfirmed),
    ];

    public static async Task EnsureAsync(IServiceProvider services, Guid organization, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var submit = scope.ServiceProvider.GetRequiredService<SubmitFieldReport>();
        var verify = scope.ServiceProvider.GetRequiredService<VerifyReport>();
        var country = CountryCatalog.TrainingCountry.Iso3;
        for (var i = 0; i < Reports.Length; i++)
        {
            var (text, admin1, admin2, lat, lon, network, status) = Reports[i];
            var draft = new FieldReportDraft($"demo-report-{i + 1}", ReportChannel.Web, new DateTime(2026, 11, 1 + i * 2, 0, 0, 0, DateTimeKind.Utc), country, $"{Label} {text}")
            {
                FormId = "incident", Admin1 = admin1, Admin2 = admin2, Latitude = lat, Longitude = lon, Network = network,
                Harmed = i % 3 == 0 ? [new HarmDraft(HarmedSex.Female, AgeGroup.Adult, 1 + i % 2)] : [],
            };
            var result = await submit.RunAsync(new(draft, ReporterIdentity.None, Classification: Classification.Internal, OrganizationId: organization), cancellationToken);
            if (result.Created && status != ReportStatus.Unverified)
            {
                await verify.RunAsync(new(result.Report.Id, VerifyReport.Word(status), "Demo verdict (fictional).", By: "demo reviewer"), cancellationToken);
            }
        }
    }
}
