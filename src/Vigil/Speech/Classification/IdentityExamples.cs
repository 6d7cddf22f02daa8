namespace Vigil.Speech.Classification;

/// <summary>
/// Normal texts of our own that name protected groups in neutral or friendly words, added to the training rows of English
/// and Chinese (decision 0033, fifth round). In the training sets a group's name appears mostly in hate, so a model learns
/// the name itself as hate: before these rows, 7 of 15 friendly English sentences about groups came out hate. The rows are
/// only learnt from; they are never scored for the out-of-fold figure, the calibration or the decision weights, which stay
/// the datasets' own. Every sentence is written here, none is taken from a dataset or a public test suite, and none repeats
/// a functional case (tests/Vigil.Tests/Speech/Classification/cases.csv).
/// </summary>
public static class IdentityExamples
{
    /// <summary>The dataset name the rows carry (shown in the model's "trained on").</summary>
    public const string Dataset = "identity-neutral";

    private static readonly string[] EnglishGroups =
    [
        "immigrants", "refugees", "migrants", "asylum seekers", "Muslims", "Jews", "Christians", "Hindus", "Sikhs", "Buddhists",
        "women", "girls", "gay men", "lesbians", "trans people", "Black people", "Asian people", "Africans", "Arabs", "Mexicans",
        "Latinos", "indigenous people", "disabled people", "the Rohingya", "Tutsi", "Hutu", "Tigrayans", "Amhara", "Oromo",
        "Uyghurs", "Roma", "Palestinians", "Israelis", "Somalis",
    ];

    private static readonly string[] EnglishTemplates =
    [
        "{0} live in our town", "I met some {0} at the community centre yesterday", "{0} have the same rights as everyone",
        "many {0} volunteer at the local clinic", "my neighbours are {0} and they are lovely", "{0} are part of this country's history",
        "we should protect {0} from violence", "the report counts how many {0} were displaced", "{0} deserve respect and safety",
        "a new study looks at the health of {0}", "thank you to the {0} who helped after the storm", "{0} are welcome at our school",
        "the mayor met leaders of {0} today", "{0} contribute a great deal to the economy", "discrimination against {0} must end",
        "I grew up with {0} and they are my friends", "the museum has an exhibition about {0}", "it is wrong to blame {0} for the crisis",
        "{0} work as nurses, engineers and farmers", "support for {0} has grown this year", "the law protects {0} equally",
        "{0} are our friends and colleagues", "{0} opened a new cultural centre downtown", "how can we help {0} who lost their homes",
        "{0} are people like you and me", "{0} have lived here for generations", "the radio interviewed {0} about the election",
        "{0} won several medals at the games", "I read a good book written by {0}", "{0} and their neighbours rebuilt the bridge",
    ];

    private static readonly string[] ChineseGroups =
    [
        "黑人", "女性", "河南人", "同性恋", "穆斯林", "外地人", "农民工", "东北人", "新疆人", "少数民族", "女生", "非洲人", "残疾人",
        "移民", "上海人", "广东人", "回族", "藏族", "男同", "跨性别者",
    ];

    private static readonly string[] ChineseTemplates =
    [
        "有几位{0}朋友帮我们搬了家", "我在图书馆认识了几位{0}", "{0}和大家一样有工作和家庭", "新闻报道了{0}社区新开的学校",
        "{0}医生救了很多人", "我们应该保护{0}免受暴力", "{0}也是这个国家的一部分", "感谢{0}志愿者在洪水后提供帮助",
        "歧视{0}是不对的", "{0}学生今年拿了奖学金", "我的室友是{0}，人很好", "{0}的传统文化很有意思", "研究显示{0}的收入在增长",
        "{0}和我们是邻居", "不要因为经济问题责怪{0}", "{0}作家写了一本好书", "昨天和{0}同学一起做了实验", "{0}运动员拿了金牌",
    ];

    /// <summary>The rows for the languages among <paramref name="languages"/> that have them (English, Chinese).</summary>
    public static IReadOnlyList<SpeechExample> For(IEnumerable<string> languages)
    {
        var rows = new List<SpeechExample>();
        foreach (var language in languages.Distinct(StringComparer.Ordinal))
        {
            var (groups, templates) = language switch
            {
                "en" => (EnglishGroups, EnglishTemplates),
                "zh" => (ChineseGroups, ChineseTemplates),
                _ => ([], []),
            };
            for (var t = 0; t < templates.Length; t++)
            {
                for (var g = 0; g < groups.Length; g++)
                {
                    var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[t], groups[g]);
                    rows.Add(new SpeechExample($"{Dataset}-{language}-{t}-{g}", char.ToUpperInvariant(text[0]) + text[1..], SpeechLabel.Normal, language, Dataset));
                }
            }
        }
        return rows;
    }
}
