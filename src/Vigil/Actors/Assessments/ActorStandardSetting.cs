namespace Vigil.Actors.Assessments;

/// <summary>
/// The evidentiary standard an organisation requires before it names an actor; without a setting,
/// <see cref="EvidentiaryStandards.Default"/> (reasonable grounds) applies.
/// </summary>
public sealed class ActorStandardSetting
{
    private ActorStandardSetting()
    {
    }

    public ActorStandardSetting(Guid organizationId, EvidentiaryStandard required, string chosenBy, DateTime now)
    {
        OrganizationId = organizationId;
        Choose(required, chosenBy, now);
    }

    public Guid OrganizationId { get; private set; }
    public EvidentiaryStandard Required { get; private set; }
    public string ChosenBy { get; private set; } = "";
    public DateTime ChosenAt { get; private set; }

    public void Choose(EvidentiaryStandard required, string chosenBy, DateTime now)
    {
        Required = required;
        ChosenBy = chosenBy.Length > 200 ? chosenBy[..200] : chosenBy;
        ChosenAt = now;
    }
}
