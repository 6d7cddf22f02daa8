namespace Vigil.Security;

/// <summary>
/// Who is acting in the current flow (a web request or a CLI run), and from where.
/// Flows with the async context, so the audit trail can name the actor of every write.
/// </summary>
public sealed class CurrentActor
{
    private static readonly AsyncLocal<Holder> Current = new();

    public Viewer Viewer => Current.Value?.Viewer ?? Viewer.System;

    public string? Address => Current.Value?.Address;

    public void Set(Viewer viewer, string? address) => Current.Value = new Holder(viewer, address);

    private sealed record Holder(Viewer Viewer, string? Address);
}
