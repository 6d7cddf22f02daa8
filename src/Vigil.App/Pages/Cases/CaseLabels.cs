using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages.Cases;

/// <summary>The words for the case library's ids (outcomes, ratings, factors, options, actor kinds) in the page's language.</summary>
public static class CaseLabels
{
    public static string Outcome(string id) => EnumText.Of(CasesText.ResourceManager, "Outcome", id);

    public static string Rating(string id) => EnumText.Of(CasesText.ResourceManager, "Rating", id);

    public static string Factor(string id) => EnumText.Of(CasesText.ResourceManager, "Factor", id);

    public static string Option(string id) => EnumText.Of(CasesText.ResourceManager, "Option", id);

    public static string ActorKind(string id) => EnumText.Of(CasesText.ResourceManager, "ActorKind", id);

    /// <summary>The CSS class of an outcome's badge and chart segment.</summary>
    public static string OutcomeClass(string id) => "outcome-" + id;
}
