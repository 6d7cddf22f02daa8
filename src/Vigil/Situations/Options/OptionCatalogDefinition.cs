namespace Vigil.Situations.Options;

/// <summary>A parsed version of the prevention options catalogue.</summary>
public sealed record OptionCatalogDefinition(string Id, string Version, string Source, IReadOnlyList<PreventionOption> Options)
{
    public PreventionOption? Find(string optionId) => Options.FirstOrDefault(o => o.Id == optionId);
}
