namespace Vigil.Assessment;

/// <summary>
/// The framework version an organisation's admin chose for its new assessments. A version another organisation publishes
/// never becomes this organisation's default on its own; without a choice the newest version shipped with Vigil is used.
/// </summary>
public sealed class FrameworkChoice
{
    private FrameworkChoice()
    {
    }

    public FrameworkChoice(Guid organizationId, FrameworkDefinition framework, string chosenBy, DateTime now)
    {
        OrganizationId = organizationId;
        Choose(framework, chosenBy, now);
    }

    public Guid OrganizationId { get; private set; }
    public string FrameworkId { get; private set; } = "";
    public string Version { get; private set; } = "";
    public string ChosenBy { get; private set; } = "";
    public DateTime ChosenAt { get; private set; }

    public void Choose(FrameworkDefinition framework, string chosenBy, DateTime now)
    {
        FrameworkId = framework.Id;
        Version = framework.Version;
        ChosenBy = chosenBy.Length > 200 ? chosenBy[..200] : chosenBy;
        ChosenAt = now;
    }
}
