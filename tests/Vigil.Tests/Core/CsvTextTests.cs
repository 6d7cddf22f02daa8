namespace Vigil.Tests.Core;

/// <summary>The one cell rule of every CSV Vigil writes.</summary>
public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\")", "\"'=HYPERLINK(\"\"https://evil.example\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+3", "+3")]
    [InlineData("Bangui, CAR", "\"Bangui, CAR\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Cell_Value_IsDefusedAndQuoted(string value, string expected) =>
        Assert.Equal(expected, CsvText.Cell(value));
}
