namespace Vigil.Assessment;

/// <summary>
/// The resilience side of an assessment, from the Secretary-General's 2019 report
/// (A/73/898): the five national priorities of para 16 (a–e) and the six factors of
/// effectiveness of para 30 (a–f). Shown beside risk, never subtracted from it.
/// </summary>
public static class ResilienceDimensions
{
    public sealed record Dimension(string Id, string Group, LocalizedText Title, LocalizedText Question);

    public static readonly IReadOnlyList<Dimension> All =
    [
        new("P1", "priority", new("Managing diversity", "管理多样性"),
            new("Do institutions and leaders treat every group fairly and give them a voice?", "各项制度和领导人是否公平对待每个群体并让其有发言权？")),
        new("P2", "priority", new("Rule of law and accountability", "法治与问责"),
            new("Are abuses investigated and punished, and are courts independent?", "侵权行为是否得到调查和惩处，法院是否独立？")),
        new("P3", "priority", new("Livelihoods", "生计"),
            new("Do people, including marginalised groups, have fair access to work, land and services?", "包括边缘群体在内的民众能否公平获得工作、土地和服务？")),
        new("P4", "priority", new("A vibrant civil society", "活跃的公民社会"),
            new("Can civil society, the media, women's and youth groups work and speak freely?", "公民社会、媒体、妇女和青年团体能否自由开展工作和发声？")),
        new("P5", "priority", new("Guarantees of non-recurrence", "保证不再发生"),
            new("Have past atrocities been acknowledged, remedied and their causes addressed?", "过去的暴行是否得到承认和补救，其根源是否得到处理？")),
        new("E1", "effectiveness", new("Leadership commitment", "领导层的承诺"),
            new("Do national and international leaders commit publicly and act to prevent atrocities?", "国家和国际领导人是否公开承诺并采取行动预防暴行？")),
        new("E2", "effectiveness", new("State capacity", "国家能力"),
            new("Can the State protect its population and deliver services across its territory?", "国家能否在全境保护民众并提供服务？")),
        new("E3", "effectiveness", new("Civil society and women's participation", "公民社会和妇女的参与"),
            new("Do civil society and women take part in decisions on prevention and peace?", "公民社会和妇女是否参与预防与和平方面的决策？")),
        new("E4", "effectiveness", new("Culture of accountability", "问责文化"),
            new("Do those in power expect to answer for violations?", "掌权者是否预期要为违法行为承担责任？")),
        new("E5", "effectiveness", new("Constraints on armed groups", "对武装团体的约束"),
            new("Are armed forces and armed groups held back by command, law or outside pressure?", "武装部队和武装团体是否受到指挥、法律或外部压力的约束？")),
        new("E6", "effectiveness", new("Regional environment", "区域环境"),
            new("Do neighbours and regional organisations help calm tensions rather than feed them?", "邻国和区域组织是在帮助缓解紧张局势而不是火上浇油吗？")),
    ];

    public static Dimension? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
