using Vigil.App.Documents;

namespace Vigil.Tests.Documents;

/// <summary>Documents the writer tests render: English and Chinese side by side, hostile text, and one long enough to run over pages.</summary>
internal static class SampleDocuments
{
    public const string Chinese = "早期预警与预防行动";
    public const string Hostile = "<script>alert(1)</script> [link](javascript:alert(2)) ![img](http://x/y.png) <img src=x onerror=alert(3)> **bold** | pipe & amp";

    public static DocumentModel Bilingual(int tableRows = 3) => new(
        "Situation brief 局势简报 " + Chinese,
        "zh-Hans",
        "Classification: Internal 密级：内部",
        ["Country: Tarvania 塔尔瓦尼亚", "As of 2026-09-30"],
        [
            new DocumentSection("Warning picture 预警情况",
            [
                new ParagraphBlock(string.Concat(Enumerable.Repeat("Tension between the government and the highland minority is rising ahead of a disputed election. ", 6))),
                new ParagraphBlock(string.Concat(Enumerable.Repeat("政府与高地少数群体之间的紧张关系在有争议的选举前不断加剧，" + Chinese + "。", 8))),
                new NoticeBlock("The assessment is a draft 该评估为草稿"),
                new KeyValueBlock([new("Overall risk 总体风险", "high 高 (55.6)"), new("Forecast 预测", "rank 3 of 160")]),
                new BarChartBlock("Risk factor scores 风险因素得分", 100, [new ChartBar("RF1 国内战事", 66.7, "66.7"), new ChartBar("RF9 Tension", 33.3, "33.3")]),
                new SubheadingBlock("Signals 近期信号"),
                new BulletListBlock(["Alert: surge of violence against civilians 针对平民的暴力激增", "Hate speech 仇恨言论"]),
            ]),
            new DocumentSection("Actions 行动",
            [
                new TableBlock(["Date 日期", "Actor 行为体", "Description 说明"],
                    [.. Enumerable.Range(1, tableRows).Select(i => (IReadOnlyList<string>)
                        [$"2026-10-{i % 28 + 1:00}", $"Actor {i} 行为体{i}", $"Row {i}: envoy visit and private démarche 特使访问与私下交涉，第{i}行。"])]),
            ]),
        ]);

    public static DocumentModel WithHostileText() => new(
        Hostile,
        "en",
        Hostile,
        [Hostile],
        [
            new DocumentSection(Hostile,
            [
                new ParagraphBlock(Hostile + "\n# not a heading\n- not a list\n1. not a list either"),
                new NoticeBlock(Hostile),
                new SubheadingBlock(Hostile),
                new BulletListBlock([Hostile]),
                new KeyValueBlock([new(Hostile, Hostile)]),
                new TableBlock([Hostile, "b"], [[Hostile, "1. x"]]),
                new BarChartBlock(Hostile, 10, [new ChartBar(Hostile, 5, Hostile)]),
            ]),
        ]);
}
