using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Vigil.Reports.Forms;

/// <summary>
/// What Vigil reads from an XForm (ODK XForms spec, https://getodk.github.io/xforms-spec/): the form id and version from
/// the primary instance's root element, the title, and the itext languages. <see cref="Parse"/> refuses what ODK Collect
/// could not open either, naming the line at fault.
/// </summary>
public sealed partial record XFormDefinition(string FormId, string Version, LocalizedText Title, IReadOnlyList<string> Languages, string Xml, string Md5)
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int IdMax = 100;
    public const int VersionMax = 50;

    public static readonly XNamespace XForms = "http://www.w3.org/2002/xforms";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The hash OpenRosa's form list carries ("md5:" and the hex digest of the form's bytes as served).</summary>
    public string OpenRosaHash => "md5:" + Md5;

    public static XFormDefinition Parse(string xml)
    {
        if (Encoding.UTF8.GetByteCount(xml) > MaxBytes)
        {
            throw Rule("xml", nameof(FormsDomainText.TooLarge), MaxBytes / 1024);
        }
        var document = Load(xml);
        var html = document.Root!;
        var model = html.Name == Xhtml + "html" ? html.Element(Xhtml + "head")?.Element(XForms + "model") : null;
        if (model is null)
        {
            throw Rule("xml", nameof(FormsDomainText.NotXForm));
        }
        var instance = model.Elements(XForms + "instance").FirstOrDefault(i => i.Attribute("id") is null);
        var root = instance?.Elements().FirstOrDefault();
        if (root is null)
        {
            throw Rule("instance", nameof(FormsDomainText.NoInstance), LineOf(instance ?? model));
        }
        var formId = (string?)root.Attribute("id");
        if (string.IsNullOrWhiteSpace(formId))
        {
            throw Rule("id", nameof(FormsDomainText.NoFormId), LineOf(root), root.Name.LocalName);
        }
        if (!Token().IsMatch(formId) || formId.Length > IdMax)
        {
            throw Rule("id", nameof(FormsDomainText.BadFormId), LineOf(root), formId, IdMax);
        }
        var version = (string?)root.Attribute("version");
        if (string.IsNullOrWhiteSpace(version))
        {
            throw Rule("version", nameof(FormsDomainText.NoVersion), LineOf(root), root.Name.LocalName);
        }
        if (!Token().IsMatch(version) || version.Length > VersionMax)
        {
            throw Rule("version", nameof(FormsDomainText.BadVersion), LineOf(root), version, VersionMax);
        }
        var title = html.Element(Xhtml + "head")?.Element(Xhtml + "title")?.Value.Trim();
        if (string.IsNullOrEmpty(title))
        {
            throw Rule("title", nameof(FormsDomainText.NoTitle));
        }
        CheckReferences(html, model, root);
        var translations = model.Element(XForms + "itext")?.Elements(XForms + "translation").ToList() ?? [];
        var languages = translations.Select(t => LanguageCode((string?)t.Attribute("lang") ?? "")).ToList();
        var chineseTitle = translations.Where(t => LanguageCode((string?)t.Attribute("lang") ?? "") == "zh")
            .SelectMany(t => t.Elements(XForms + "text"))
            .FirstOrDefault(t => ((string?)t.Attribute("id"))?.EndsWith("/title", StringComparison.Ordinal) == true)?.Value.Trim();
#pragma warning disable CA5351 // OpenRosa's form list names MD5 as the change check devices compare; it guards nothing.
        var md5 = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(xml)));
#pragma warning restore CA5351
        return new XFormDefinition(formId, version, new LocalizedText(title, string.IsNullOrEmpty(chineseTitle) ? title : chineseTitle), languages, xml, md5);
    }

    /// <summary>"English (en)" → "en", "Chinese (zh)" → "zh", "zh-Hans" → "zh", "English" → "english": the code ODK puts in brackets.</summary>
    public static string LanguageCode(string lang)
    {
        var bracket = BracketCode().Match(lang);
        var code = (bracket.Success ? bracket.Groups[1].Value : lang).Trim().ToLowerInvariant();
        return code.Split('-')[0];
    }

    private static XDocument Load(string xml)
    {
        // No DTD: a form never needs one, and entity expansion is a way to blow the server up.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw Rule("xml", nameof(FormsDomainText.NotXml), e.LineNumber, e.LinePosition, e.Message);
        }
    }

    /// <summary>Every bind nodeset and every control's ref must name a node of the primary instance (absolute, or relative to its group).</summary>
    private static void CheckReferences(XElement html, XElement model, XElement root)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        void Collect(XElement e, string prefix)
        {
            var path = prefix + "/" + e.Name.LocalName;
            paths.Add(path);
            foreach (var child in e.Elements())
            {
                Collect(child, path);
            }
        }
        Collect(root, "");
        foreach (var bind in model.Elements(XForms + "bind"))
        {
            Check(bind, (string?)bind.Attribute("nodeset"), "", "bind");
        }
        var body = html.Element(Xhtml + "body");
        if (body is not null)
        {
            Walk(body, "");
        }

        void Walk(XElement parent, string context)
        {
            foreach (var e in parent.Elements().Where(e => e.Name.Namespace == XForms))
            {
                if (e.Name.LocalName is "label" or "hint" or "item" or "itemset" or "value")
                {
                    continue;
                }
                var reference = (string?)e.Attribute("ref") ?? (string?)e.Attribute("nodeset");
                var resolved = Check(e, reference, context, e.Name.LocalName);
                Walk(e, resolved ?? context);
            }
        }

        string? Check(XElement e, string? reference, string context, string what)
        {
            // Predicates, functions and secondary instances are beyond this check; ODK Collect reports those itself.
            if (string.IsNullOrWhiteSpace(reference) || reference.IndexOfAny(['[', '(', ':', '.', '@']) >= 0)
            {
                return null;
            }
            var path = reference.StartsWith('/') ? reference : context + "/" + reference;
            if (!paths.Contains(path))
            {
                throw Rule(what == "bind" ? "bind" : "body", nameof(FormsDomainText.BadReference), LineOf(e), what, reference);
            }
            return path;
        }
    }

    private static int LineOf(XElement e) => ((IXmlLineInfo)e).LineNumber;

    private static DomainRuleException Rule(string field, string key, params object?[] args) =>
        new(field, new ResourceText(FormsDomainText.ResourceManager, key, args));

    [GeneratedRegex(@"^[A-Za-z0-9._-]+$")]
    private static partial Regex Token();

    [GeneratedRegex(@"\(([^)]+)\)")]
    private static partial Regex BracketCode();
}
