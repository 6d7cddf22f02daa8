using System.Diagnostics;
using System.Globalization;
using Vigil.Forecasting;

// Times a full FOOS backtest (31 refits, T = 1991…2021) per model on the EWP table and prints the figures.
// Usage: dotnet run -c Release --project bench/ForecastBench [-- [--data FILE] [--repeat N] [model …]]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var data = Path.Combine(SharedData.Locate() ?? ".", "ewp", "prepared2024predictors-2025-09-03.csv");
var repeat = 1;
var names = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data": data = args[++i]; break;
        case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: names.Add(args[i]); break;
    }
}
if (names.Count == 0)
{
    names.AddRange(ForecastModels.Names);
}
var load = Stopwatch.StartNew();
var table = CountryYearTable.Load(data);
Console.WriteLine($"data: {data} ({table.Rows.Count} rows, loaded in {load.Elapsed.TotalMilliseconds:0} ms); cores: {Environment.ProcessorCount}");
Console.WriteLine($"{"model",-10} {"run",3} {"seconds",8} {"AUC",6} {"R@10",5} {"R@20",5} {"R@30",5} {"Brier",7} {"rows",5} {"onsets",6}");
foreach (var name in names)
{
    for (var r = 1; r <= repeat; r++)
    {
        var result = FoosBacktest.Run(table, ForecastModels.Create(name));
        var s = result.Scores;
        Console.WriteLine($"{name,-10} {r,3} {result.Elapsed.TotalSeconds,8:0.00} {s.Auc,6:0.000} {s.RecallAt10,5:0.00} {s.RecallAt20,5:0.00} {s.RecallAt30,5:0.00} {s.Brier,7:0.0000} {s.CountryYears,5} {s.Onsets,6}");
    }
}

internal static class SharedData
{
    /// <summary>VIGIL_SHARED_DATA, else the first "shared/data" found walking up from the binary.</summary>
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("VIGIL_SHARED_DATA") is { Length: > 0 } env)
        {
            return env;
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
