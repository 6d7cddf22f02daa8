using System.Globalization;
using System.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Alerts.Notifications;
using Vigil.App.Hosting;
using Vigil.App.Pages;
using Vigil.App.Pages.Admin;
using Vigil.App.Pages.Alerts;
using Vigil.App.Pages.Assessments;
using Vigil.App.Pages.Countries;
using Vigil.App.Pages.Events;
using Vigil.App.Pages.Forecasts;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Events;
using Vigil.Events.Escalation;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Localization;

/// <summary>
/// Every enum value and every stored status the pages name has its words in every UI language, under the naming rule
/// of <see cref="EnumText"/> ("Kind_Value"): a value added to an enum or a data file without its texts fails here.
/// </summary>
public sealed class StatusTextTests
{
    /// <summary>The core enums the pages show; <see cref="EnumText.TextsOf"/> says where their texts live.</summary>
    private static readonly Type[] ShownEnums =
    [
        typeof(AssessmentStatus), typeof(IndicatorStatus), typeof(Trend), typeof(Confidence), typeof(SourceType),
        typeof(Classification), typeof(AlertStatus), typeof(SignalSeverity), typeof(WebhookDeliveryStatus), typeof(ViolenceType),
    ];

    public static TheoryData<string> Enums() => [.. ShownEnums.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Enums))]
    public void EnumValues_EveryUiCulture_HaveText(string enumType)
    {
        var type = ShownEnums.Single(t => t.FullName == enumType);

        AssertTexts(EnumText.TextsOf(type), type.Name, Enum.GetNames(type));
    }

    public static TheoryData<string> Kinds() => [.. StringStatuses().Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void StatusValues_EveryUiCulture_HaveText(string kind)
    {
        var (texts, values) = StringStatuses()[kind];

        AssertTexts(texts, kind.Split('.')[1], values);
    }

    [Fact]
    public void EnumText_UnknownStatus_ShowsTheValue()
    {
        Assert.Equal("unheard-of", EnumText.Of(AlertsText.ResourceManager, "Measure", "unheard-of"));
    }

    /// <summary>The audit log names records by their entity's class: every entity of the model has its words.</summary>
    [Fact]
    public async Task RecordTypes_EveryEntityOfTheModel_HaveText()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

        AssertTexts(AdminText.ResourceManager, "RecordType", [.. db.Model.GetEntityTypes().Where(e => !e.IsOwned()).Select(e => AuditLabels.TextKey(e.ClrType.Name)).Distinct()]);
    }

    [Fact]
    public void Labels_StoredValuesWithoutText_ShownAsStored()
    {
        Assert.Null(AuditLabels.RecordType("RecordAddedLater"));
        Assert.Equal("update", AuditLabels.Action("update"));
        Assert.Equal("analyst@test.example", ActorNames.Of("analyst@test.example"));
        Assert.Equal("Rules for Darfur", AlertLabels.RuleName(EscalationScan.Origin, "Rules for Darfur"));
        Assert.Equal("<span lang=\"en\">Looting</span>", EventLabels.Type("Looting", null).ToString());
    }

    [Fact]
    public void Labels_KnownValuesInChinese_Translated()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
        try
        {
            Assert.Equal("指标判断", AuditLabels.RecordType("IndicatorJudgement"));
            Assert.Equal("系统", ActorNames.Of(AlertTransition.SystemAuthor));
            Assert.Equal("事件数据中的升级", AlertLabels.RuleName(EscalationScan.Origin, "Escalation in event data"));
            Assert.Equal("针对平民的暴力", EventLabels.Type("Violence against civilians", ViolenceType.OneSided).ToString());
            Assert.Equal("单方面暴力", EventLabels.Type(null, ViolenceType.OneSided).ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void NameOf_WordsAndDashes_BecomeOnePascalCaseName()
    {
        Assert.Equal("Level_VeryHigh", EnumText.NameOf("Level", "very high"));
        Assert.Equal("UserState_LockedOut", EnumText.NameOf("UserState", "locked-out"));
        Assert.Equal("Measure_CivilianDeaths", EnumText.NameOf("Measure", "civilian_deaths"));
    }

    /// <summary>Kind (prefixed by the feature, to keep theory rows apart) → its texts and every value it takes.</summary>
    private static Dictionary<string, (ResourceManager Texts, IReadOnlyCollection<string> Values)> StringStatuses()
    {
        var framework = FrameworkParser.Parse(FrameworkCatalog.EmbeddedJson());
        var assessments = AssessmentsText.ResourceManager;
        string[] levels = ["low", "moderate", "high", "very high", "not assessed"];
        return new()
        {
            ["Assessments.Level"] = (assessments, levels),
            ["Assessments.LevelTitle"] = (assessments, levels),
            ["Assessments.Severity"] = (assessments, ["1", "2", "3"]),
            ["Assessments.Rating"] = (assessments, ["0", "1", "2", "3"]),
            ["Assessments.Reliability"] = (assessments, ["A", "B", "C", "D", "E", "F"]),
            ["Assessments.Credibility"] = (assessments, ["1", "2", "3", "4", "5", "6"]),
            ["Assessments.Check"] = (assessments, [.. framework.Indicators.Select(i => i.Check).Distinct()]),
            ["Assessments.CheckHelp"] = (assessments, [.. framework.Indicators.Select(i => i.Check).Distinct()]),
            ["Assessments.Direction"] = (assessments, ["worse", "better", "newly assessed", "no longer assessed", "changed", "notes changed", "unchanged"]),
            ["Assessments.History"] = (assessments, ["created", "described", "judged", "evidence added", "evidence edited", "evidence removed", "resilience rated", "submitted", "returned", "approved"]),
            ["Assessments.StatusHelp"] = (assessments, Enum.GetNames<AssessmentStatus>()),
            ["Assessments.ResilienceGroup"] = (assessments, [.. ResilienceDimensions.All.Select(d => d.Group).Distinct()]),
            ["Assessment.DimensionTitle"] = (AssessmentDomainText.ResourceManager, [.. ResilienceDimensions.All.Select(d => d.Id)]),
            ["Assessment.DimensionQuestion"] = (AssessmentDomainText.ResourceManager, [.. ResilienceDimensions.All.Select(d => d.Id)]),
            ["Framework.FactorKind"] = (FrameworkText.ResourceManager, [.. framework.RiskFactors.Select(f => f.Kind).Distinct()]),
            ["Framework.Completeness"] = (FrameworkText.ResourceManager, ["complete", "partial", "unknown"]),
            ["Countries.CountryStatus"] = (CountriesText.ResourceManager, [.. CountryCatalog.Embedded.All.Select(c => c.Status).Append(CountryCatalog.TrainingCountry.Status).Distinct()]),
            ["Alerts.Measure"] = (AlertsText.ResourceManager, [.. SeriesMeasure.All.Select(m => m.Name), WatchlistChange.Top10, WatchlistChange.Top30, WatchlistChange.Rise]),
            ["Alerts.Origin"] = (AlertsText.ResourceManager, [EscalationScan.Origin, WatchlistChange.Origin]),
            ["Alerts.NoteLevel"] = (AlertsText.ResourceManager, Enum.GetNames<Classification>()),
            ["Alerts.WebhookKind"] = (AlertsText.ResourceManager, ["alert", "digest"]),
            ["Events.SourceShort"] = (EventsText.ResourceManager, [EventSource.Acled, EventSource.UcdpGed, EventSource.Gdelt, EventSource.Field]),
            ["Events.SourceFull"] = (EventsText.ResourceManager, [EventSource.Acled, EventSource.UcdpGed, EventSource.Gdelt, EventSource.Field]),
            ["Admin.UserState"] = (AdminText.ResourceManager, [UserSummary.Active, UserSummary.Disabled, UserSummary.LockedOut]),
            ["Admin.Role"] = (AdminText.ResourceManager, Roles.All),
            ["Admin.AuditAction"] = (AdminText.ResourceManager, ["create", "update", "delete"]),
            ["Shared.Actor"] = (SharedText.ResourceManager, ActorNames.Known),
            ["Alerts.DefaultRule"] = (AlertsText.ResourceManager, RaiseAlerts.DefaultRuleOrigins),
            ["Events.EventType"] = (EventsText.ResourceManager, [.. EventTypes.Acled, .. EventTypes.Gdelt]),
            ["Forecasts.Region"] = (ForecastsText.ResourceManager, [.. ForecastRegions.All.Select(r => r.Key)]),
            ["Reports.ReportStatus"] = (Vigil.App.Pages.Reports.ReportVerificationText.ResourceManager, Enum.GetNames<Vigil.Reports.ReportStatus>()),
            ["Reports.HarmedSex"] = (Vigil.App.Pages.Reports.ReportVerificationText.ResourceManager, Enum.GetNames<Vigil.Reports.HarmedSex>()),
            ["Reports.AgeGroup"] = (Vigil.App.Pages.Reports.ReportVerificationText.ResourceManager, Enum.GetNames<Vigil.Reports.AgeGroup>()),
            ["Reports.ReporterNetwork"] = (Vigil.App.Pages.Reports.ReportVerificationText.ResourceManager, Enum.GetNames<Vigil.Reports.ReporterNetwork>()),
        };
    }

    private static void AssertTexts(ResourceManager texts, string kind, IReadOnlyCollection<string> values)
    {
        Assert.NotEmpty(values);
        var missing = VigilWebHost.Cultures
            .SelectMany(culture => values
                .Where(value => string.IsNullOrWhiteSpace(texts.GetResourceSet(culture.Name == "en" ? CultureInfo.InvariantCulture : culture, true, false)?.GetString(EnumText.NameOf(kind, value))))
                .Select(value => $"{culture.Name}: {EnumText.NameOf(kind, value)}"))
            .ToList();
        Assert.Empty(missing);
    }
}
