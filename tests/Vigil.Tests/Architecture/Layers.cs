namespace Vigil.Tests.Architecture;

/// <summary>
/// The layers of the core (../shared/DESIGN.md, "Layers"), as data: a namespace (with its child namespaces) on a row may
/// use the namespaces on lower rows, and those on its own row only where <see cref="SameRowUses"/> says so. A new
/// feature gets a row here; a namespace of the core without one fails <see cref="LayeringTests"/>.
/// </summary>
internal static class Layers
{
    public sealed record Layer(string Namespace, int Row, string What);

    public sealed record Use(string From, string To, string Why);

    public static readonly IReadOnlyList<Layer> Rows =
    [
        // Row 0: what every row may use, using no feature.
        new("Vigil", 0, "shared kernel: DomainRuleException, LocalizedText (the root namespace only, not its children)"),
        new("Vigil.Mapping", 0, "geometry for maps (TopoJSON, grid clusters) that the Events and Forecasts pages draw; knows no feature"),
        new("Vigil.Storage", 1, "the DbContext and provider plumbing only"),
        new("Vigil.Countries", 1, "country reference"),
        new("Vigil.Security", 1, "organisations, roles, classification, audit"),
        new("Vigil.Alerts", 2, "signals to alerts, lifecycle, notifications"),
        new("Vigil.Assessment", 2, "Framework of Analysis, assessments"),
        new("Vigil.Events", 3, "event data, series, escalation (raises Signals)"),
        new("Vigil.Forecasting", 3, "country-year forecasts (raises Signals)"),
        new("Vigil.Speech", 3, "hate speech and incitement"),
        new("Vigil.Reports", 3, "field reports"),
        new("Vigil.Actors", 3, "actor register"),
        new("Vigil.Situations", 4, "situations of concern (reads everything below)"),
        new("Vigil.Composition", 5, "the composition root: wires every feature to Storage"),
    ];

    public static readonly IReadOnlyList<Use> SameRowUses =
    [
        new("Vigil.Security", "Vigil.Storage", "Storage is the DbContext the features of row 1 stand on too (Security registers Identity's stores on it)"),
        new("Vigil.Countries", "Vigil.Storage", "as Security"),
        new("Vigil.Actors", "Vigil.Events", "DESIGN.md: actors are read from event data"),
        new("Vigil.Reports", "Vigil.Events", "DESIGN.md: field reports become events"),
        new("Vigil.Speech", "Vigil.Events", "issue 12: speech surges reuse the escalation detector of the event series"),
    ];

    /// <summary>Uses against the rows that stay for now, each with the reason; empty is the goal.</summary>
    public static readonly IReadOnlyList<Use> KnownExceptions = [];

    public static bool MayUse(Layer from, Layer to) =>
        from == to
        || to.Row < from.Row
        || (to.Row == from.Row && SameRowUses.Any(u => u.From == from.Namespace && u.To == to.Namespace))
        || KnownExceptions.Any(u => u.From == from.Namespace && u.To == to.Namespace);
}
