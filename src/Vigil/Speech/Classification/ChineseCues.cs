namespace Vigil.Speech.Classification;

/// <summary>
/// Word lists of our own for Chinese features: terms naming a group people are attacked for (ethnicity and nationality,
/// gender, sexual orientation, region) and insults and swearing that need no group. ToxiCN's line between hate and
/// offensive is whether a group is the target, and a linear model over character bigrams cannot ask "an insult and no
/// group"; these cues and their combinations are features of their own (<see cref="NgramFeatures"/>).
/// </summary>
public static class ChineseCues
{
    /// <summary>Group terms by kind (race, gender, lgbt, region).</summary>
    public static readonly IReadOnlyList<(string Kind, string[] Terms)> Groups =
    [
        ("race", ["黑人", "黑鬼", "黑哥", "尼哥", "非洲", "白人", "白皮", "黄种", "种族", "外国人", "老外", "洋人", "犹太", "穆斯林", "绿绿", "印度", "阿三", "鬼子", "棒子", "少数民族", "民族", "混血", "移民", "难民"]),
        ("gender", ["女人", "女性", "女生", "女的", "男人", "男性", "男生", "男的", "女权", "男权", "女拳", "田园", "彩礼", "媳妇", "老婆", "处女", "仙女", "小仙女", "直男", "国男", "普信", "娘们", "婆娘", "妇女", "女司机"]),
        ("lgbt", ["同性恋", "同性", "同志", "基佬", "男同", "女同", "拉拉", "跨性别", "变性", "lgbt", "gay", "艾滋", "彩虹", "腐女", "txl", "深柜"]),
        ("region", ["河南", "东北", "上海", "北京", "广东", "四川", "湖南", "湖北", "新疆", "西藏", "台湾", "香港", "安徽", "山东", "地域", "外地", "农村", "乡下", "南方", "北方", "省人", "地方人"]),
    ];

    /// <summary>Insults and swearing that attack a person or nobody in particular.</summary>
    public static readonly string[] Insults =
    [
        "傻逼", "傻b", "sb", "煞笔", "沙比", "智障", "脑残", "垃圾", "废物", "滚", "妈的", "他妈", "tm", "狗东西", "贱", "恶心",
        "蠢", "白痴", "弱智", "屌", "操", "卧槽", "去死", "闭嘴", "有病", "丑", "杂种", "畜生", "婊", "呸", "尼玛", "你妈",
        "特么", "狗屎", "混蛋", "王八", "人渣", "渣", "恶臭", "呕", "🤮", "nmsl", "cnm", "sm", "脑子", "瞎", "狗", "猪",
    ];

    /// <summary>Second-person words: an insult at "you" is offensive, an insult at a group is hate.</summary>
    public static readonly string[] SecondPerson = ["你", "您", "楼主", "lz"];

    public static bool Any(string normalized, IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            if (normalized.Contains(term, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
