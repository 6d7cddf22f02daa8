using Vigil.Events.Import;

namespace Vigil.Tests.Events;

public sealed class EventDatesTests
{
    [Theory]
    [InlineData("2020-01-18", 2020, 1, 18)]
    [InlineData("1992-09-01 00:00:00.000", 1992, 9, 1)]
    [InlineData("06 December 2022", 2022, 12, 6)]
    [InlineData("6 December 2022", 2022, 12, 6)]
    [InlineData("29/12/2015", 2015, 12, 29)]
    [InlineData("20191024", 2019, 10, 24)]
    [InlineData("05-Jan-18", 2018, 1, 5)]
    [InlineData("January 5, 2018", 2018, 1, 5)]
    public void TryParse_SourceForms_Date(string text, int year, int month, int day)
    {
        Assert.True(EventDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2013-02-30")]
    [InlineData("12/29/2015")]
    [InlineData("1850-01-01")]
    [InlineData("yesterday")]
    public void TryParse_ImpossibleOrUnknown_False(string text) => Assert.False(EventDates.TryParse(text, out _));
}
