using System.Xml.Linq;
using Vigil.Reports.Forms;

namespace Vigil.Tests.Reports;

/// <summary>What Vigil reads from an XForm, what it refuses (naming the line or field), and the shipped incident form.</summary>
public sealed class XFormDefinitionTests
{
    private static readonly XNamespace XF = XFormDefinition.XForms;

    [Fact]
    public void Parse_ValidForm_ReadsIdVersionTitleLanguagesAndHash()
    {
        var form = XFormDefinition.Parse(SampleForms.Valid("market-watch", "2026-1"));

        Assert.Equal("market-watch", form.FormId);
        Assert.Equal("2026-1", form.Version);
        Assert.Equal("Market watch", form.Title.En);
        Assert.Equal(["en", "zh"], form.Languages);
        Assert.Matches("^md5:[0-9a-f]{32}$", form.OpenRosaHash);
    }

    [Theory]
    [InlineData("<h:html xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:head>", "xml", "Line 1")]
    [InlineData("<html><head/></html>", "xml", "not an XForm")]
    public void Parse_NotAnXForm_NamesTheFault(string xml, string field, string message)
    {
        var rule = Assert.Throws<DomainRuleException>(() => XFormDefinition.Parse(xml));

        Assert.Equal(field, rule.Field);
        Assert.Contains(message, rule.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<data id=\"market-watch\" version=\"1\">", "<data version=\"1\">", "id", "Line 10")]
    [InlineData("<data id=\"market-watch\" version=\"1\">", "<data id=\"market-watch\">", "version", "no version")]
    [InlineData("<data id=\"market-watch\" version=\"1\">", "<data id=\"market watch\" version=\"1\">", "id", "'market watch'")]
    [InlineData("<bind nodeset=\"/data/what\"", "<bind nodeset=\"/data/wat\"", "bind", "/data/wat")]
    [InlineData("<input ref=\"/data/what\">", "<input ref=\"/data/who\">", "body", "/data/who")]
    [InlineData("<h:title>Market watch</h:title>", "", "title", "h:title")]
    public void Parse_BrokenForm_NamesTheFieldAndLine(string find, string replace, string field, string message)
    {
        var xml = SampleForms.Valid().Replace(find, replace, StringComparison.Ordinal);

        var rule = Assert.Throws<DomainRuleException>(() => XFormDefinition.Parse(xml));

        Assert.Equal(field, rule.Field);
        Assert.Contains(message, rule.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Dtd_Refused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + SampleForms.Valid().Split("?>", 2)[1];

        Assert.Equal("xml", Assert.Throws<DomainRuleException>(() => XFormDefinition.Parse(xml)).Field);
    }

    [Fact]
    public void DefaultIncidentForm_ValidWithEveryLabelInEnglishAndChinese()
    {
        var form = DefaultForms.Incident;
        var model = XDocument.Parse(form.Xml).Descendants(XF + "model").Single();
        var translations = model.Element(XF + "itext")!.Elements(XF + "translation")
            .ToDictionary(t => XFormDefinition.LanguageCode((string)t.Attribute("lang")!), t => t.Elements(XF + "text").ToDictionary(x => (string)x.Attribute("id")!, x => x.Value.Trim()));

        Assert.Equal(DefaultForms.IncidentFormId, form.FormId);
        Assert.Equal("en,zh", form.Languages);
        Assert.Equal(translations["en"].Keys.Order(), translations["zh"].Keys.Order());
        Assert.All(translations["zh"], t => Assert.NotEqual(translations["en"][t.Key], t.Value));
        var labelled = XDocument.Parse(form.Xml).Descendants().Select(e => (string?)e.Attribute("ref")).OfType<string>()
            .Where(r => r.StartsWith("jr:itext('", StringComparison.Ordinal)).Select(r => r[10..^2]).ToList();
        Assert.NotEmpty(labelled);
        Assert.All(labelled, id => Assert.True(translations["en"].ContainsKey(id) && translations["zh"].ContainsKey(id), id));
        Assert.NotEqual(form.Title.En, form.Title.Zh);
    }

    [Fact]
    public void DefaultIncidentForm_WarningSignsAreFrameworkIndicators()
    {
        var framework = Vigil.Assessment.FrameworkParser.Parse(Vigil.Assessment.FrameworkCatalog.EmbeddedJson(Vigil.Assessment.FrameworkCatalog.ShippedFiles[^1]));
        var indicators = framework.Indicators.Select(i => i.Id).ToHashSet();
        var select = XDocument.Parse(DefaultForms.Incident.Xml).Descendants(XF + "select").Single(s => (string?)s.Attribute("ref") == "/incident/warning_signs");
        var values = select.Elements(XF + "item").Select(i => i.Element(XF + "value")!.Value).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Contains(v, indicators));
    }
}
