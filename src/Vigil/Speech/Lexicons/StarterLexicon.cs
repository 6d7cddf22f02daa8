namespace Vigil.Speech.Lexicons;

/// <summary>
/// A small starter lexicon written for Vigil (not copied from any list): dehumanising comparisons and calls to violence
/// in English and Chinese, with pinyin, homophone and split-character forms of the Chinese terms. Seeded into an empty
/// lexicon; admins of the UN organisation extend it per country.
/// </summary>
public static class StarterLexicon
{
    public static IReadOnlyList<LexiconTerm> Terms { get; } =
    [
        En("vermin", "any group", "dehumanising comparison: people as pests to exterminate", 3, "name the people and the grievance", true),
        En("cockroach", "any group", "dehumanising comparison used before the Rwandan genocide (inyenzi)", 3, "name the people and the grievance", true),
        En("parasite", "any group", "dehumanising comparison: people as living off the host nation", 3, "name the people and the grievance", true),
        En("infestation", "any group", "dehumanising comparison: people as pests", 3, "arrival, presence", true),
        En("subhuman", "any group", "denies the humanity of a group", 3, "name the people", true),
        En("plague", "any group", "dehumanising comparison: people as disease", 2, "name the people and the grievance", true),
        En("exterminate", "any group", "call to kill a group", 3, "describe the dispute without calls to harm", true),
        En("wipe them out", "any group", "call to kill a group", 3, "describe the dispute without calls to harm", true),
        En("ethnic cleansing", "any group", "call for forced removal or killing", 3, "describe the dispute without calls to harm", true),
        En("go back to where you came from", "migrants", "call to expel", 2, "disagree with the policy, not the people", false),
        Zh("蟑螂", "any group", "dehumanising comparison: cockroaches", 3, "直接称呼该群体", true),
        Zh("zhanglang", "any group", "pinyin of 蟑螂 (cockroach)", 3, "直接称呼该群体", true),
        Zh("虫章虫良", "any group", "split characters of 蟑螂 (cockroach)", 3, "直接称呼该群体", true),
        Zh("害虫", "any group", "dehumanising comparison: pests", 3, "直接称呼该群体", true),
        Zh("寄生虫", "any group", "dehumanising comparison: parasites", 3, "直接称呼该群体", true),
        Zh("畜生", "any group", "dehumanising insult: beasts", 2, "直接称呼该群体", false),
        Zh("黑鬼", "Black people", "racial slur", 3, "黑人", false),
        Zh("heigui", "Black people", "pinyin of 黑鬼 (racial slur)", 3, "黑人", false),
        Zh("嘿鬼", "Black people", "homophone of 黑鬼 (racial slur)", 3, "黑人", false),
        Zh("黑皮", "Black people", "racial slur", 2, "黑人", false),
        Zh("杀光", "any group", "call to kill all", 3, "描述争议，不号召伤害", true),
        Zh("杀绝", "any group", "call to kill all", 3, "描述争议，不号召伤害", true),
        Zh("灭绝", "any group", "call to exterminate", 3, "描述争议，不号召伤害", true),
        Zh("斩草除根", "any group", "call to eradicate (root and branch)", 3, "描述争议，不号召伤害", true),
        Zh("滚出中国", "foreigners", "call to expel", 2, "批评政策而不是人", true),
    ];

    private static LexiconTerm En(string term, string target, string meaning, int severity, string alternative, bool incitement) =>
        new(term, "en", null, target, meaning, severity, alternative, incitement);

    private static LexiconTerm Zh(string term, string target, string meaning, int severity, string alternative, bool incitement) =>
        new(term, "zh", null, target, meaning, severity, alternative, incitement);
}
