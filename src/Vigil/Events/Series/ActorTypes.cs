namespace Vigil.Events.Series;

/// <summary>
/// The four groups of the by-actor series, from the primary actor's type as the source codes it
/// (<see cref="Event.ActorType"/>: ACLED inter1, GDELT Actor1Type1Code, GED's side_a and violence type), see
/// <see cref="Of(ActorType)"/>. Events stored before types were (and GDELT rows without a type code) fall back
/// to the first actor's name (ACLED actor1, GED side_a), see <see cref="Of(string?)"/>.
/// </summary>
public static class ActorTypes
{
    public const string State = "state";
    public const string Rebels = "rebels";
    public const string Militias = "militias";
    public const string CiviliansOther = "civilians_other";

    /// <summary>
    /// The name rule reads at most this many characters of a name: the <see cref="EventMonth"/> aggregate keeps no more
    /// (a key column must stay short on PostgreSQL), and the rule must give the same group from it as from the event.
    /// </summary>
    public const int NameLength = 200;

    /// <summary>
    /// The first <see cref="NameLength"/> characters (Unicode code points, as SQLite's and PostgreSQL's substr count
    /// them) of a name, "" for none: what the aggregate keeps and the name rule reads.
    /// </summary>
    public static string Name(string? actor1)
    {
        if (actor1 is null)
        {
            return "";
        }
        var (end, count) = (0, 0);
        while (end < actor1.Length && count < NameLength)
        {
            end += char.IsSurrogatePair(actor1, end) ? 2 : 1;
            count++;
        }
        return end == actor1.Length ? actor1 : actor1[..end];
    }

    /// <summary>Every type, in the order series rows use.</summary>
    public static readonly IReadOnlyList<string> All = [State, Rebels, Militias, CiviliansOther];

    /// <summary>The stored type when there is one, else the name rule.</summary>
    public static string Of(ActorType? stored, string? actor1) => stored is { } type ? Of(type) : Of(actor1);

    /// <summary>
    /// ACLED's codes onto the four groups: state forces (1) → state; rebel groups (2) → rebels; political and
    /// identity militias (3, 4) → militias; rioters, protesters and civilians (5–7) → civilians/other.
    /// External/other forces (8: foreign armies, UN and African Union missions, contractors such as the Wagner
    /// Group) → state: they are organised armed forces acting for a state or an international mandate, neither
    /// rebels nor militias, and counting them with protesters and civilians would hide their violence (Wagner's
    /// in the Central African Republic). The name rule counted "Military Forces of Chad" as state too.
    /// </summary>
    public static string Of(ActorType type) => type switch
    {
        ActorType.StateForces or ActorType.ExternalOther => State,
        ActorType.RebelGroup => Rebels,
        ActorType.PoliticalMilitia or ActorType.IdentityMilitia => Militias,
        _ => CiviliansOther,
    };

    /// <summary>
    /// The fallback for events without a stored type, from ACLED's and UCDP's naming conventions:
    /// "Military/Police Forces of …" and "Government of …" are state forces; names with "Militia" are militias;
    /// civilians, protesters, rioters, unidentified groups and missing actors are civilians/other; any other named
    /// actor is a rebel (or other organised armed) group. Only the first <see cref="NameLength"/> characters count.
    /// </summary>
    public static string Of(string? actor1)
    {
        if (string.IsNullOrWhiteSpace(actor1))
        {
            return CiviliansOther;
        }
        var a = Name(actor1).Trim();
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
    public string MonthText => YearMonth.Text(Month);
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
            await writer.WriteLineAsync($"{r.Country},{CsvText.Cell(r.Admin1)},{r.MonthText},{r.ActorType},{r.Events},{r.Fatalities}".AsMemory(), cancellationToken);
        }
    }
}
