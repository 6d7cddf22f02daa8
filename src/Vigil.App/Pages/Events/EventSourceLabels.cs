using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages.Events;

/// <summary>
/// The event data sets by their proper names: short ("UCDP GED") for table cells, full ("UCDP GED (Uppsala Conflict
/// Data Program, Georeferenced Event Dataset)") where the page names its source. Unknown names are shown as stored.
/// </summary>
public static class EventSourceLabels
{
    public static string Abbreviated(string source) => EnumText.Of(EventsText.ResourceManager, "SourceShort", source);

    public static string Full(string source) => EnumText.Of(EventsText.ResourceManager, "SourceFull", source);
}
