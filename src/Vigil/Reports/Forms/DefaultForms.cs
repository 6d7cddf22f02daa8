namespace Vigil.Reports.Forms;

/// <summary>The incident form Vigil ships (incident-form.xml, our own words in English and Chinese), offered to every monitor.</summary>
public static class DefaultForms
{
    public const string ResourceName = "Vigil.Reports.Forms.incident-form.xml";
    public const string IncidentFormId = "vigil-incident";

    private static readonly Lazy<ReportForm> Loaded = new(() =>
    {
        using var stream = typeof(DefaultForms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return ReportForm.From(XFormDefinition.Parse(reader.ReadToEnd()), null, Security.Classification.Public, "vigil", DateTime.UnixEpoch, builtIn: true);
    });

    public static ReportForm Incident => Loaded.Value;
}
