using Vigil.App.Pages.Shared;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>The words for the verification pages' enum values, from <see cref="ReportVerificationText"/> ("ReportStatus_Verified").</summary>
public static class ReportVerificationLabels
{
    public static string Status(ReportStatus status) => Of(status);

    public static string Sex(HarmedSex sex) => Of(sex);

    public static string Age(AgeGroup age) => Of(age);

    public static string Network(ReporterNetwork? network) => network is { } n ? Of(n) : ReportVerificationText.NoNetwork;

    /// <summary>A badge class per status: new work stands out, settled reports recede.</summary>
    public static string StatusClass(ReportStatus status) => status switch
    {
        ReportStatus.Unverified => "tag tag-warn",
        ReportStatus.Verified => "tag tag-ok",
        _ => "tag",
    };

    private static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        EnumText.Of(ReportVerificationText.ResourceManager, typeof(TEnum).Name, value.ToString());
}
