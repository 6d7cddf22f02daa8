namespace Vigil.Events.Series;

/// <summary>
/// Turns the fractional monthly shares of spread events into whole counts that add up exactly (largest remainder):
/// each month gets its share rounded down, and the months with the largest remainders (the earliest first, on a tie)
/// get one more until the series sums to its exact total. Rounding each month on its own lost events: a GED file of
/// 7,374 events gave a national series summing to 7,360.
/// </summary>
internal static class WholeCounts
{
    public static int[] Apportion(IReadOnlyList<double> values)
    {
        var whole = new int[values.Count];
        var total = 0.0;
        var floors = 0L;
        for (var i = 0; i < values.Count; i++)
        {
            // A share computed as 0.9999999… is 1: the tolerance keeps float noise from moving an event to another month.
            whole[i] = (int)Math.Floor(values[i] + 1e-9);
            floors += whole[i];
            total += values[i];
        }
        var missing = (long)Math.Round(total, MidpointRounding.AwayFromZero) - floors;
        if (missing <= 0)
        {
            return whole;
        }
        var order = Enumerable.Range(0, values.Count).OrderByDescending(i => values[i] - whole[i]).ThenBy(i => i);
        foreach (var i in order.Take((int)missing))
        {
            whole[i]++;
        }
        return whole;
    }
}
