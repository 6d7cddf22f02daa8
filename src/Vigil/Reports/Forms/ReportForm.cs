using Vigil.Security;

namespace Vigil.Reports.Forms;

/// <summary>
/// One version of an XForm that monitors fill in (ODK Collect, KoboCollect, Enketo or Vigil's web form). A form id has
/// many versions; the newest one a viewer may see is the one offered. Owned by an organisation and classified like every
/// record; the built-in incident form (<see cref="DefaultForms"/>) is public and owned by nobody.
/// </summary>
public sealed class ReportForm
{
    public const int TitleMax = 300;

    private ReportForm()
    {
    }

    public Guid Id { get; private set; }
    public string FormId { get; private set; } = "";
    public string Version { get; private set; } = "";
    public string TitleEn { get; private set; } = "";
    public string TitleZh { get; private set; } = "";

    /// <summary>The itext languages' codes, comma-separated ("en,zh").</summary>
    public string Languages { get; private set; } = "";

    public string Xml { get; private set; } = "";
    public string Md5 { get; private set; } = "";
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }

    /// <summary>True for the form Vigil ships (never stored).</summary>
    public bool IsBuiltIn { get; private set; }

    public LocalizedText Title => new(TitleEn, TitleZh);

    public string OpenRosaHash => "md5:" + Md5;

    public static ReportForm From(XFormDefinition form, Guid? organizationId, Classification classification, string by, DateTime now, bool builtIn = false) => new()
    {
        Id = Guid.NewGuid(),
        FormId = form.FormId,
        Version = form.Version,
        TitleEn = Clip(form.Title.En),
        TitleZh = Clip(form.Title.Zh),
        Languages = string.Join(',', form.Languages),
        Xml = form.Xml,
        Md5 = form.Md5,
        OrganizationId = organizationId,
        Classification = classification,
        UploadedBy = by,
        UploadedAt = now,
        IsBuiltIn = builtIn,
    };

    private static string Clip(string text) => text.Length > TitleMax ? text[..TitleMax] : text;
}
