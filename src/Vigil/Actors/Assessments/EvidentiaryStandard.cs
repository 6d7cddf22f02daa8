using System.Text.Json.Serialization;

namespace Vigil.Actors.Assessments;

/// <summary>
/// How strongly the information behind a judgement about an actor is established, weakest first (the order is compared:
/// a judgement meets a required standard when its own is at least as strong). The names follow the practice of UN
/// commissions of inquiry and fact-finding missions (decision record 0034). The API spells them as
/// <see cref="EvidentiaryStandards.Code"/> does.
/// </summary>
public enum EvidentiaryStandard
{
    /// <summary>Information from a source judged credible, not yet corroborated enough to found a finding.</summary>
    [JsonStringEnumMemberName("credible-information")]
    CredibleInformation,

    /// <summary>"Reasonable grounds to believe": a reliable body of corroborated information, the usual standard of UN inquiries.</summary>
    [JsonStringEnumMemberName("reasonable-grounds")]
    ReasonableGrounds,

    /// <summary>"Clear and convincing": the information leaves no serious doubt; what some inquiries require before naming a person.</summary>
    [JsonStringEnumMemberName("clear-and-convincing")]
    ClearAndConvincing,
}
