namespace Vigil.Tests.Infrastructure;

/// <summary>
/// The shared third-party data sets (never copied into the repository): $VIGIL_SHARED_DATA, or the
/// first shared/data folder found walking up from the test binaries. Tests skip when it is absent.
/// </summary>
public static class SharedData
{
    public const string Variable = "VIGIL_SHARED_DATA";

    public static string? Root { get; } = Find();

    /// <summary>The path of a file under shared/data, or a skipped test if the data are not on this machine.</summary>
    public static string File(string relativePath)
    {
        if (Root is null)
        {
            Assert.Skip($"Shared data not found: set {Variable} or place shared/data above {AppContext.BaseDirectory}.");
        }
        var path = Path.Combine(Root, relativePath);
        if (!System.IO.File.Exists(path))
        {
            Assert.Skip($"Shared data file missing: {path}");
        }
        return path;
    }

    public static string Events(string relativePath) => File(Path.Combine("events", relativePath));

    /// <summary>The EWP modelling table the forecasting tests read.</summary>
    public static string EwpTable() => File(Path.Combine("ewp", "prepared2024predictors-2025-09-03.csv"));

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured) && Directory.Exists(configured))
        {
            return configured;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
