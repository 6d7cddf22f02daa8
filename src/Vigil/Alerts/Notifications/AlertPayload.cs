using System.Globalization;

namespace Vigil.Alerts.Notifications;

/// <summary>The JSON body posted to webhooks for one alert change.</summary>
public sealed record AlertPayload(string Type, Guid Id, string Title, string Country, string Admin1, string Severity, string Status,
    string FirstMonth, string LastMonth, DateTime UpdatedAt)
{
    public static AlertPayload From(Alert a) => new("alert", a.Id, a.Title, a.CountryIso3, a.Admin1,
        a.Severity.ToString().ToLowerInvariant(), a.Status.ToString().ToLowerInvariant(),
        a.FirstPeriod.ToString("yyyy-MM", CultureInfo.InvariantCulture), a.LastPeriod.ToString("yyyy-MM", CultureInfo.InvariantCulture), a.UpdatedAt);
}
