namespace Vigil.App.Pages.Assessments;

/// <summary>The editor's summary form: title, "as of" date (YYYY-MM-DD), areas, summary.</summary>
public sealed class DescribeInput
{
    public string? Title { get; set; }
    public string? AsOf { get; set; }
    public string? Areas { get; set; }
    public string? Summary { get; set; }
}
