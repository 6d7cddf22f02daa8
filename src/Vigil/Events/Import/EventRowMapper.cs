namespace Vigil.Events.Import;

/// <summary>
/// Turns one row of one layout into an <see cref="Event"/>. Columns are found by header name
/// (case-insensitive, first match of several spellings) for CSV layouts, by position for GDELT.
/// </summary>
internal abstract class EventRowMapper(IReadOnlyList<string> names)
{
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>Fields every data row has; a row with another count is rejected.</summary>
    public int ColumnCount => Names.Count;

    /// <summary>Whether the literal NA means "missing" (ACLED's API files are written by R).</summary>
    public virtual bool NaIsMissing => true;

    /// <summary>The event, or null after recording the problem on <paramref name="fields"/>.</summary>
    public abstract Event? Map(ref RowFields fields);

    /// <summary>Index of the first header column with one of the names, or -1.</summary>
    protected int Column(params string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            for (var i = 0; i < Names.Count; i++)
            {
                if (string.Equals(Names[i], candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    protected int RequiredColumn(string layout, params string[] candidates)
    {
        var index = Column(candidates);
        return index >= 0 ? index
            : throw new EventFileException($"the {layout} header has no '{candidates[0]}' column");
    }
}
