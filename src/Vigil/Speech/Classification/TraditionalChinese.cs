using System.Collections.Frozen;

namespace Vigil.Speech.Classification;

/// <summary>
/// The traditional characters most common in hostile posts, folded to simplified so that a model trained on mainland
/// data (ToxiCN, COLD) and a simplified lexicon read Taiwanese and Hong Kong posts too. A short table on purpose: a full
/// conversion (OpenCC) is a dictionary of phrases, and for character n-grams these single characters carry most of it.
/// </summary>
internal static class TraditionalChinese
{
    private const string Traditional = "們國殺滅蟲豬滾說這個來為會種對垃圾雜媽賤貨廢東長開門關們見時麼應該當還沒讓從過無與動愛認識難題發問點樣頭實現黨軍戰槍彈燒搶暴亂傷慘屍體總統華島灣陸滬廣語漢藏蒙維穌猶隸僑難民幹嗎幫聽讀寫學醫療權責壞惡醜蠢腦殘鬧騙險獄蠻";
    private const string SimplifiedForms = "们国杀灭虫猪滚说这个来为会种对垃圾杂妈贱货废东长开门关们见时么应该当还没让从过无与动爱认识难题发问点样头实现党军战枪弹烧抢暴乱伤惨尸体总统华岛湾陆沪广语汉藏蒙维稣犹隶侨难民干吗帮听读写学医疗权责坏恶丑蠢脑残闹骗险狱蛮";

    private static readonly FrozenDictionary<char, char> Map = Build();

    private static FrozenDictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Traditional.Length; i++)
        {
            if (Traditional[i] != SimplifiedForms[i])
            {
                map[Traditional[i]] = SimplifiedForms[i];
            }
        }
        return map.ToFrozenDictionary();
    }

    public static char? Simplified(char c) => c >= '\u3400' && Map.TryGetValue(c, out var s) ? s : null;
}
