using Vigil.Alerts;
using Vigil.Security;

namespace Vigil.App.Pages.Shared;

/// <summary>
/// Who did something, as stored in the audit log and on alert steps and rules: a person's e-mail address as it is, and
/// Vigil's own actors in the page's language — the command line (<see cref="Viewer.System"/>), an anonymous request
/// such as a sign-in (<see cref="Viewer.Anonymous"/>) and Vigil's jobs (<see cref="AlertTransition.SystemAuthor"/>).
/// </summary>
public static class ActorNames
{
    public static IReadOnlyList<string> Known { get; } = [Viewer.System.Name, Viewer.Anonymous.Name, AlertTransition.SystemAuthor];

    public static string Of(string actor) =>
        Known.Contains(actor, StringComparer.Ordinal) ? EnumText.Of(SharedText.ResourceManager, "Actor", actor) : actor;
}
