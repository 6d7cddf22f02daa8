using System.Globalization;

namespace Vigil.Alerts.Notifications;

/// <summary>
/// The JSON body posted to webhooks for one alert change. <see cref="Note"/> is the latest step's note only when it is
/// Public (<see cref="AlertTransition.PublicNote"/>): a webhook leaves Vigil for readers no classification admits, so
/// Internal, Restricted and Confidential notes never go there (null instead, without saying that a note exists).
/// </summary>
public sealed record AlertPayload(string Type, Guid Id, string Title, string Country, string Admin1, string Severity, string Status,
    string FirstMonth, string LastMonth, DateTime UpdatedAt, string? Note)
{
    /// <param name="a">An alert loaded with its <see cref="Alert.History"/>.</param>
    public static AlertPayload From(Alert a) => new("alert", a.Id, a.Title, a.CountryIso3, a.Admin1,
        a.Severity.ToString().ToLowerInvariant(), a.Status.ToString().ToLowerInvariant(),
        a.FirstPeriod.ToString("yyyy-MM", CultureInfo.InvariantCulture), a.LastPeriod.ToString("yyyy-MM", CultureInfo.InvariantCulture), a.UpdatedAt,
        a.History.OrderBy(h => h.At).ThenBy(h => h.Id).LastOrDefault()?.PublicNote);
}
