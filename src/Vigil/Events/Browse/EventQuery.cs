namespace Vigil.Events.Browse;

/// <summary>
/// A validated event-table request: country, free-text search (actors, place, admin-1, notes), date range,
/// one of the fixed <see cref="Sorts"/>, and a page. Invalid parts are dropped and named in <see cref="Problems"/>.
/// </summary>
public sealed record EventQuery(string Country, string? Text, DateOnly? From, DateOnly? To, string Sort, int Page, int PageSize, IReadOnlyList<string> Problems)
{
    public const int MaxPageSize = 200;
    public const int MaxTextLength = 100;

    /// <summary>The only sort keys accepted; anything else falls back to "date".</summary>
    public static readonly IReadOnlyList<string> Sorts = ["date", "date-asc", "fatalities", "place"];

    public static EventQuery Parse(string country, string? text, string? from, string? to, string? sort, int? page, int? pageSize)
    {
        var problems = new List<string>();
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (text?.Length > MaxTextLength)
        {
            problems.Add("q");
            text = text[..MaxTextLength];
        }
        var fromDate = ParseDate(from, "from", problems);
        var toDate = ParseDate(to, "to", problems);
        if (fromDate > toDate)
        {
            problems.Add("from/to");
            (fromDate, toDate) = (toDate, fromDate);
        }
        var sortKey = sort ?? "date";
        if (!Sorts.Contains(sortKey))
        {
            problems.Add("sort");
            sortKey = "date";
        }
        if (page < 1)
        {
            problems.Add("page");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            problems.Add("pageSize");
        }
        return new EventQuery(country, text, fromDate, toDate, sortKey, Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, MaxPageSize), problems);
    }

    private static DateOnly? ParseDate(string? text, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(name);
        return null;
    }
}
