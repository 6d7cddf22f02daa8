using System.Globalization;
using Vigil.Alerts;
using Vigil.App.Documents;
using Vigil.Security;

namespace Vigil.Tests.Documents;

/// <summary>The situation brief from its input record, in English and in Chinese.</summary>
public sealed class SituationBriefBuilderTests
{
    private static readonly DateOnly Today = new(2026, 11, 1);

    private static SituationBriefInput Input() => new(
        "Tarvania before the election",
        new LocalizedText("Tarvania", "塔尔瓦尼亚"),
        "Northern highlands",
        Classification.Restricted,
        new DateOnly(2026, 10, 30),
        IsExample: false,
        "Tension is rising.",
        Status: "early-warning",
        Trend: "deteriorated",
        Owner: "Desk officer",
        NextReview: new DateOnly(2026, 10, 15),
        WarningToActionDays: 9,
        new SituationBriefInput.WarningPicture(
            new SituationBriefInput.AssessmentSummary("Pre-election assessment", new DateOnly(2026, 9, 30), IsDraft: true, "very high", 72.5, 0.8, false,
                [new("RF9", new LocalizedText("Tension between groups", "群际矛盾"), 80, 3), new("RF1", new LocalizedText("Instability", "动荡"), 50, 1)]),
            new SituationBriefInput.ForecastSummary(3, 160, 0.123, "ensemble", 2025),
            [new SituationBriefInput.Signal(new DateOnly(2026, 10, 20), "alert", "Highlands", "Surge of violence against civilians", SignalSeverity.High)]),
        [
            new SituationBriefInput.Action(new DateOnly(2026, 10, 21), "guarantor-state", "Neighbouria", "mediation",
                new LocalizedText("Mediation and negotiation", "调解与谈判"), "under-way", "engagement", "Envoy visit to both parties",
                [new SituationBriefInput.Commitment("Release detained candidates", "Government", new DateOnly(2026, 10, 25), "not-yet-due", Gender: true)]),
        ],
        [new("RF1", new LocalizedText("Instability", "动荡"), 50, 1)],
        [new("counter-hate-speech", new LocalizedText("Countering hate speech and incitement", "打击仇恨言论和煽动"), ["RF9"])]);

    [Fact]
    public void Build_English_HasEverySectionWithWordsForTheVocabularyIds()
    {
        var document = SituationBriefBuilder.Build(Input(), CultureInfo.GetCultureInfo("en"), Today);

        Assert.Equal("en", document.Language);
        Assert.Equal("Classification: Restricted", document.Marking);
        Assert.Equal(["Status and trend", "Warning picture", "Actions", "Commitments", "Uncovered risk factors", "Proposed options"],
            document.Sections.Select(s => s.Heading));
        var text = Flatten(document);
        Assert.Contains("early warning", text, StringComparison.Ordinal);
        Assert.Contains("deteriorated", text, StringComparison.Ordinal);
        Assert.Contains("2026-10-15 (overdue)", text, StringComparison.Ordinal);
        Assert.Contains("9 days after the latest warning", text, StringComparison.Ordinal);
        Assert.Contains("Neighbouria (guarantor state)", text, StringComparison.Ordinal);
        Assert.Contains("not yet due", text, StringComparison.Ordinal);
        Assert.Contains("rank 3 of 160", text, StringComparison.Ordinal);
        Assert.Contains("Countering hate speech and incitement: addresses RF9", text, StringComparison.Ordinal);
        Assert.Contains(document.Sections[1].Blocks, b => b is NoticeBlock); // the draft assessment is marked
        Assert.DoesNotContain("early-warning", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Chinese_UsesChineseLabelsAndReferenceNamesAndKeepsWhatUsersWrote()
    {
        var before = CultureInfo.CurrentUICulture;
        var document = SituationBriefBuilder.Build(Input(), CultureInfo.GetCultureInfo("zh-Hans"), Today);

        Assert.Equal(before, CultureInfo.CurrentUICulture); // the caller's language is restored
        Assert.Equal("zh-Hans", document.Language);
        Assert.Equal("局势简报：Tarvania before the election", document.Title);
        Assert.Equal(["状态与趋势", "预警情况", "行动", "承诺", "未覆盖的风险因素", "建议的预防选项"], document.Sections.Select(s => s.Heading));
        var text = Flatten(document);
        Assert.Contains("国家：塔尔瓦尼亚", text, StringComparison.Ordinal);
        Assert.Contains("早期预警", text, StringComparison.Ordinal);
        Assert.Contains("2026-10-15（已逾期）", text, StringComparison.Ordinal);
        Assert.Contains("Neighbouria（担保国）", text, StringComparison.Ordinal);
        Assert.Contains("RF1 动荡", text, StringComparison.Ordinal);
        Assert.Contains("打击仇恨言论和煽动", text, StringComparison.Ordinal);
        Assert.Contains("Envoy visit to both parties", text, StringComparison.Ordinal);
        Assert.DoesNotContain("guarantor state", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoSituation_SaysSoAndListsNoStatus()
    {
        var document = SituationBriefBuilder.Build(Input() with { Status = null, Actions = [] }, CultureInfo.GetCultureInfo("en"), Today);

        var status = document.Sections[0];
        Assert.Contains(status.Blocks, b => b is NoticeBlock n && n.Text.StartsWith("Drawn from an assessment alone", StringComparison.Ordinal));
        Assert.DoesNotContain(status.Blocks, b => b is KeyValueBlock);
        Assert.Contains("No action recorded yet.", Flatten(document), StringComparison.Ordinal);
    }

    [Fact]
    public void CultureOf_UnknownLanguage_NamesTheField()
    {
        var error = Assert.Throws<DomainRuleException>(() => SituationBriefBuilder.CultureOf("fr"));
        Assert.Equal("lang", error.Field);
    }

    private static string Flatten(DocumentModel document) => string.Join("\n",
        new[] { document.Title, document.Marking }.Concat(document.Meta).Concat(document.Sections.SelectMany(s => s.Blocks.SelectMany(Texts).Prepend(s.Heading))));

    private static IEnumerable<string> Texts(DocumentBlock block) => block switch
    {
        ParagraphBlock p => [p.Text],
        NoticeBlock n => [n.Text],
        SubheadingBlock h => [h.Text],
        BulletListBlock l => l.Items,
        KeyValueBlock kv => kv.Rows.SelectMany(r => new[] { r.Key, r.Value }),
        TableBlock t => t.Header.Concat(t.Rows.SelectMany(r => r)),
        BarChartBlock c => c.Bars.SelectMany(b => new[] { b.Label, b.ValueText }).Prepend(c.Caption),
        _ => throw new ArgumentException(block.GetType().Name),
    };
}
