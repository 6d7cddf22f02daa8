namespace Vigil.Events.Import;

/// <summary>
/// Reuses one string per distinct value of a low-cardinality column (country, admin-1, event type, actor)
/// so that a million rows do not allocate a million copies of "Central African Republic".
/// </summary>
internal sealed class TextPool
{
    private const int Capacity = 50_000;
    private readonly Dictionary<string, string> _values;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TextPool()
    {
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> span)
    {
        if (_lookup.TryGetValue(span, out var value))
        {
            return value;
        }
        value = span.ToString();
        if (_values.Count < Capacity)
        {
            _values[value] = value;
        }
        return value;
    }
}
