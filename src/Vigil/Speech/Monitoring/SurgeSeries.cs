namespace Vigil.Speech.Monitoring;

/// <summary>
/// Monthly hate and incitement volume of one country, as a whole (<see cref="Dimension"/> "all"), of one language ("language",
/// <see cref="Key"/> the code) or of one target group ("group", the lexicon's group name); consecutive months, zeros filled.
/// </summary>
public sealed record SurgeSeries(string Country, string Dimension, string Key, IReadOnlyList<SurgeRow> Rows)
{
    public const string All = "all";
    public const string Language = "language";
    public const string Group = "group";
}
