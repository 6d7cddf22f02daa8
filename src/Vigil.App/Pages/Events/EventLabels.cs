using Microsoft.AspNetCore.Html;
using Vigil.App.Pages.Shared;
using Vigil.Events;

namespace Vigil.App.Pages.Events;

/// <summary>An event's type in the page's language: the known types of each data set (<see cref="EventTypes"/>), else UCDP's violence type.</summary>
public static class EventLabels
{
    /// <summary>
    /// A type no list knows (a later codebook's) is shown as stored, marked as English, rather than hidden.
    /// </summary>
    public static IHtmlContent Type(string? eventType, ViolenceType? violence) => eventType switch
    {
        null => new HtmlString(violence is { } v ? System.Net.WebUtility.HtmlEncode(EnumText.Of(v)) : ""),
        _ when EnumText.TryOf(EventsText.ResourceManager, "EventType", eventType) is { } text => new HtmlString(System.Net.WebUtility.HtmlEncode(text)),
        _ => new HtmlString("<span lang=\"en\">" + System.Net.WebUtility.HtmlEncode(eventType) + "</span>"),
    };
}
