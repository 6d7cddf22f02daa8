namespace Vigil.Events.Series;

/// <summary>
/// The primary actor's type, from what an <see cref="Event"/> stores: its first actor's name (ACLED actor1,
/// GED side_a) and its violence type. ACLED's interaction codes are read at import but not stored, so the
/// type follows ACLED's and UCDP's naming conventions instead: "Military/Police Forces of …" and
/// "Government of …" are state forces; names with "Militia" (ACLED's communal and ethnic militias, pro-government
/// militias) are militias; civilians, protesters, rioters, unidentified groups and missing actors are
/// civilians/other; any other named actor is a rebel (or other organised armed) group.
/// </summary>
public static class ActorTypes
{
    public const string State = "state";
    public const string Rebels = "rebels";
    public const string Militias = "militias";
    public const string CiviliansOther = "civilians_other";

    /// <summary>Every type, in the order series rows use.</summary>
    public static readonly IReadOnlyList<string> All = [State, Rebels, Militias, CiviliansOther];

    public static string Of(string? actor1)
    {
        if (string.IsNullOrWhiteSpace(actor1))
        {
            return CiviliansOther;
        }
        var a = actor1.Trim();
        if (a.StartsWith("Government of", StringComparison.OrdinalIgnoreCase)
            || a.StartsWith("Military Forces of", StringComparison.OrdinalIgnoreCase)
            || a.StartsWith("Police Forces of", StringComparison.OrdinalIgnoreCase))
        {
            return State;
        }
        if (a.Contains("Militia", StringComparison.OrdinalIgnoreCase))
        {
            return Militias;
        }
        if (a.StartsWith("Civilians", StringComparison.OrdinalIgnoreCase) || a.StartsWith("Protesters", StringComparison.OrdinalIgnoreCase)
            || a.StartsWith("Rioters", StringComparison.OrdinalIgnoreCase) || a.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase))
        {
            return CiviliansOther;
        }
        return Rebels;
    }
}

/// <summary>One month of one actor type in a country (or admin-1) series.</summary>
public sealed record ActorSeriesRow(string Country, string Admin1, int Month, string ActorType, int Events, int Fatalities)
{
    public string MonthText => $"{Month / 100:D4}-{Month % 100:D2}";
}

/// <summary>Writes the by-actor series as CSV: country,admin1,month,actor_type,events,fatalities (UTF-8, month YYYY-MM).</summary>
public static class ActorSeriesCsv
{
    public const string Header = "country,admin1,month,actor_type,events,fatalities";

    public static async Task WriteAsync(TextWriter writer, IEnumerable<ActorSeriesRow> rows, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        foreach (var r in rows)
        {
            await writer.WriteLineAsync($"{r.Country},{CsvText.Quote(r.Admin1)},{r.MonthText},{r.ActorType},{r.Events},{r.Fatalities}".AsMemory(), cancellationToken);
        }
    }
}
