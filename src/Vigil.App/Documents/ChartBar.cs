namespace Vigil.App.Documents;

public sealed record ChartBar(string Label, double Value, string ValueText);
