using Vigil.Alerts;
using Vigil.Countries;
using Vigil.Events.Escalation;
using Vigil.Events.Series;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

public sealed class EscalationValidationTests
{
    [Fact]
    public void Read_EwpMasterList_EpisodesWithIsoCountries()
    {
        var episodes = MassKillingEpisode.Read(SharedData.Events("ewp-mass-killing/EWP_mass_killing_events_master_list_2025__mk_events.csv"), CountryCatalog.Embedded);
        Assert.InRange(episodes.Count, 150, 157);
        Assert.Equal(new MassKillingEpisode("caf2013ns1", "CAF", 2013, null), episodes.Single(e => e.Code == "caf2013ns1"));
        Assert.Equal(("ETH", 2015), episodes.Where(e => e.Code == "eth2015s1").Select(e => (e.CountryIso3, e.StartYear)).Single());
    }

    [Fact]
    public void Evaluate_SignalBeforeOnsetAndOneElsewhere_LeadAndFalseAlarmCounted()
    {
        static EventSeries Series(string country) => new(country, "", "acled",
            Enumerable.Range(0, 60).Select(i => new SeriesRow(country, "", 201001 + i / 12 * 100 + i % 12, 1, 0, 0, 0)).ToList());
        static EscalationFinding Finding(string country, int month, SignalSeverity severity) =>
            new(country, "", "acled", month, "civilian_deaths", 50, 2, 8, severity, ["7.8"]);
        var findings = new List<EscalationFinding>
        {
            Finding("CAF", 201210, SignalSeverity.High),    // three months before the 2013 onset year
            Finding("CAF", 201307, SignalSeverity.Critical),
            Finding("BEN", 201205, SignalSeverity.Low),     // no episode in Benin: a false alarm
            Finding("BEN", 201205, SignalSeverity.Low),     // a second measure in the same month: still one alarm month
        };
        var report = EscalationValidation.Evaluate([Series("CAF"), Series("BEN")], findings,
            [new MassKillingEpisode("caf2013ns1", "CAF", 2013, null), new MassKillingEpisode("bdi1993", "BDI", 1993, 1993)], new EscalationOptions());

        var onset = Assert.Single(report.Onsets);
        Assert.Equal((true, 201210, 3, 2, SignalSeverity.Critical), (onset.Fired, onset.FirstSignalMonth, onset.LeadMonths, onset.SignalsInWindow, onset.HighestSeverity));
        Assert.Equal(1, report.EpisodesNotCovered);
        var any = report.FalseAlarms.Single(r => r.MinimumSeverity == SignalSeverity.Low);
        // Judged years: 2011–2014 for both countries (12 months of history first); CAF 2012–2014 lie in its episode window.
        Assert.Equal((5, 1, 1), (any.CountryYears, any.AlarmMonths, any.CountryYearsWithSignal));
        Assert.Equal(0, report.FalseAlarms.Single(r => r.MinimumSeverity == SignalSeverity.Moderate).AlarmMonths);
    }
}
