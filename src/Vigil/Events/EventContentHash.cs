namespace Vigil.Events;

/// <summary>
/// A stable 64-bit FNV-1a hash of an event's imported fields (not of its id or import time), so that a
/// re-import can leave unchanged rows alone. Stable across processes, unlike <see cref="HashCode"/>.
/// </summary>
internal static class EventContentHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static long Of(Event e)
    {
        var h = Offset;
        Add(ref h, e.DateStart.DayNumber);
        Add(ref h, e.DateEnd.DayNumber);
        Add(ref h, (int)e.DatePrecision);
        Add(ref h, e.CountryIso3);
        Add(ref h, e.CountryCow);
        Add(ref h, e.Admin1);
        Add(ref h, e.Admin2);
        Add(ref h, e.Place);
        Add(ref h, e.Latitude);
        Add(ref h, e.Longitude);
        Add(ref h, e.GeoPrecision);
        Add(ref h, (int?)e.ViolenceType);
        Add(ref h, e.EventType);
        Add(ref h, e.SubEventType);
        Add(ref h, e.CameoCode);
        Add(ref h, e.Actor1);
        Add(ref h, e.Actor2);
        // Also tells events stored before actor types were (hash without it) from their re-import, which fills the type.
        Add(ref h, (int?)e.ActorType);
        Add(ref h, e.Actor1SourceId);
        Add(ref h, e.Actor2SourceId);
        Add(ref h, e.AssocActor1);
        Add(ref h, e.AssocActor2);
        Add(ref h, e.Inter1);
        Add(ref h, e.Inter2);
        Add(ref h, e.FatalitiesBest);
        Add(ref h, e.FatalitiesLow);
        Add(ref h, e.FatalitiesHigh);
        Add(ref h, e.CivilianDeaths);
        Add(ref h, e.CivilianTargeting ? 1 : 0);
        Add(ref h, e.Notes);
        return unchecked((long)h);
    }

    private static void Add(ref ulong h, string? value)
    {
        if (value is null)
        {
            Add(ref h, -1);
            return;
        }
        foreach (var ch in value)
        {
            h = (h ^ ch) * Prime;
        }
        h = (h ^ 0xFFFF) * Prime;
    }

    private static void Add(ref ulong h, int? value) => Add(ref h, value ?? int.MinValue);

    private static void Add(ref ulong h, double? value)
    {
        var bits = value is { } v ? BitConverter.DoubleToInt64Bits(v) : long.MinValue;
        Add(ref h, (int)bits);
        Add(ref h, (int)(bits >> 32));
    }

    private static void Add(ref ulong h, int value)
    {
        for (var i = 0; i < 4; i++)
        {
            h = (h ^ (byte)(value >> (8 * i))) * Prime;
        }
    }
}
