using Xunit;

namespace Vigil.Tests.Forecasting;

/// <summary>Finds the third-party data the tests read (never committed): $VIGIL_SHARED_DATA, else a "shared/data" beside an ancestor folder.</summary>
internal static class SharedData
{
    public static string? Directory()
    {
        if (Environment.GetEnvironmentVariable("VIGIL_SHARED_DATA") is { Length: > 0 } env)
        {
            return env;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The EWP modelling table, or skips the test saying it is missing.</summary>
    public static string EwpTable()
    {
        var path = Directory() is { } dir ? Path.Combine(dir, "ewp", "prepared2024predictors-2025-09-03.csv") : null;
        if (path is null || !File.Exists(path))
        {
            Assert.Skip("Shared data missing: ../shared/data/ewp/prepared2024predictors-2025-09-03.csv (set VIGIL_SHARED_DATA to its parent folder).");
        }
        return path!;
    }
}
