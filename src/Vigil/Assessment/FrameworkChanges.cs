namespace Vigil.Assessment;

/// <summary>
/// What changed from one framework version to another: risk-factor titles and indicators added, removed, renumbered or
/// reworded. Risk-factor ids are stable across versions; within a factor an indicator is the same when its number and
/// English text match, renumbered when only its text matches another number, reworded when only its number matches.
/// </summary>
public sealed record FrameworkChanges(string FromVersion, string ToVersion, IReadOnlyList<FrameworkChanges.TitleChange> Titles,
    IReadOnlyList<FrameworkChanges.IndicatorChange> Indicators)
{
    public sealed record TitleChange(string RiskFactorId, LocalizedText From, LocalizedText To);

    /// <summary>One indicator's change; <see cref="FromId"/> is null when added, <see cref="ToId"/> null when removed.</summary>
    public sealed record IndicatorChange(IndicatorChangeKind Kind, string RiskFactorId, string? FromId, string? ToId, LocalizedText? FromText, LocalizedText? ToText,
        string? FromCheck, string? ToCheck);

    public bool IsEmpty => Titles.Count == 0 && Indicators.Count == 0;

    public static FrameworkChanges Between(FrameworkDefinition from, FrameworkDefinition to)
    {
        var titles = new List<TitleChange>();
        var indicators = new List<IndicatorChange>();
        foreach (var factor in to.RiskFactors)
        {
            var before = from.RiskFactors.FirstOrDefault(f => f.Id == factor.Id);
            if (before is not null && !SameText(before.Title, factor.Title))
            {
                titles.Add(new TitleChange(factor.Id, before.Title, factor.Title));
            }
            indicators.AddRange(Compare(factor.Id, before?.Indicators ?? [], factor.Indicators));
        }
        foreach (var gone in from.RiskFactors.Where(f => to.RiskFactors.All(t => t.Id != f.Id)))
        {
            indicators.AddRange(Compare(gone.Id, gone.Indicators, []));
        }
        return new FrameworkChanges(from.Version, to.Version, titles, indicators);
    }

    /// <summary>Where each indicator of the older list went: its new id (same or renumbered), or null when it was removed.</summary>
    public string? TargetOf(string indicatorId)
    {
        var change = Indicators.FirstOrDefault(c => c.FromId == indicatorId);
        return change is null ? indicatorId : change.ToId;
    }

    public IndicatorChange? ChangeOf(string indicatorId) => Indicators.FirstOrDefault(c => c.FromId == indicatorId);

    private static List<IndicatorChange> Compare(string factorId, IReadOnlyList<IndicatorDefinition> before, IReadOnlyList<IndicatorDefinition> after)
    {
        var changes = new List<IndicatorChange>();
        var oldLeft = before.ToList();
        var newLeft = new List<IndicatorDefinition>();
        foreach (var indicator in after)
        {
            var same = oldLeft.FirstOrDefault(o => o.Id == indicator.Id && SameText(o.Text, indicator.Text));
            if (same is null)
            {
                newLeft.Add(indicator);
            }
            else
            {
                oldLeft.Remove(same);
            }
        }
        // Text first: an indicator inserted before others moves them to the next number with their text unchanged.
        foreach (var indicator in newLeft.ToList())
        {
            if (oldLeft.FirstOrDefault(o => SameText(o.Text, indicator.Text)) is { } moved)
            {
                changes.Add(Change(IndicatorChangeKind.Renumbered, factorId, moved, indicator));
                oldLeft.Remove(moved);
                newLeft.Remove(indicator);
            }
        }
        foreach (var indicator in newLeft.ToList())
        {
            if (oldLeft.FirstOrDefault(o => o.Id == indicator.Id) is { } reworded)
            {
                changes.Add(Change(IndicatorChangeKind.Reworded, factorId, reworded, indicator));
                oldLeft.Remove(reworded);
                newLeft.Remove(indicator);
            }
        }
        changes.AddRange(newLeft.Select(i => Change(IndicatorChangeKind.Added, factorId, null, i)));
        changes.AddRange(oldLeft.Select(i => Change(IndicatorChangeKind.Removed, factorId, i, null)));
        return changes.OrderBy(c => IndicatorOrder(c.ToId ?? c.FromId!)).ThenBy(c => c.Kind).ToList();
    }

    private static IndicatorChange Change(IndicatorChangeKind kind, string factorId, IndicatorDefinition? from, IndicatorDefinition? to) =>
        new(kind, factorId, from?.Id, to?.Id, from?.Text, to?.Text, from?.Check, to?.Check);

    /// <summary>"7.10" after "7.9": the number after the dot, numerically.</summary>
    private static int IndicatorOrder(string id) =>
        int.TryParse(id.AsSpan(id.IndexOf('.', StringComparison.Ordinal) + 1), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    private static bool SameText(LocalizedText a, LocalizedText b) => Normalise(a.En) == Normalise(b.En);

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
