using Spectre.Console;
using Vigil.Alerts;
using Vigil.Events;
using Vigil.Events.Escalation;
using Vigil.Events.Import;
using Vigil.Forecasting;

namespace Vigil.App.Cli;

/// <summary>
/// Optional real data for the demo, read from where it lies (never copied into Vigil):
/// events that contain a known escalation (CAR 2013), the forecasts from the last two data years, and the alerts
/// both raise.
/// </summary>
public static class DemoSampleData
{
    private static readonly string[] EventFiles =
    [
        "events/acled/1900-01-01-2022-12-10-Central_African_Republic.csv",
        "events/ucdp-ged/ged191_Bangladesh.csv",
    ];

    private const string ForecastTable = "ewp/prepared2024predictors-2025-09-03.csv";

    public static async Task LoadAsync(IServiceProvider services, DirectoryInfo folder, CancellationToken cancellationToken)
    {
        if (!folder.Exists)
        {
            throw new InputFileException($"{folder.FullName}: sample data folder not found");
        }
        var files = EventFiles.Select(f => Path.Combine(folder.FullName, f)).Where(File.Exists).ToList();
        if (files.Count > 0)
        {
            var summary = await services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest(files), null, cancellationToken);
            AnsiConsole.MarkupLine($"Sample events: {files.Count} files, {summary.Imported} imported, {summary.Updated} updated, {summary.Rejected} rejected");
            await services.GetRequiredService<EscalationScan>().RunAsync(0, false, null, new EscalationOptions(), cancellationToken);
        }
        var table = Path.Combine(folder.FullName, ForecastTable);
        if (File.Exists(table))
        {
            // The previous year's forecast first, so the watchlist has a past run and the changes since it become alerts.
            var data = CountryYearTable.Load(table);
            var runner = services.GetRequiredService<ForecastRunner>();
            foreach (var year in new[] { data.LastYear - 1, data.LastYear })
            {
                var (run, changes, _) = await runner.RunAsync(data.AsOf(year), ForecastModels.Create(ForecastModels.Default), cancellationToken);
                AnsiConsole.MarkupLine($"Sample forecast: model {run.Model}, data year {run.DataYear}, {run.Entries.Count} countries, {changes.Count} watchlist changes");
            }
        }
        var raised = await services.GetRequiredService<RaiseAlerts>().RunAsync(cancellationToken);
        AnsiConsole.MarkupLine($"Alerts: {raised.Raised} raised, {raised.Merged} signals merged into open alerts");
    }
}
