using Vigil.Alerts;
using Vigil.Security;

namespace Vigil.Tests.Alerts;

public sealed class AlertLifecycleTests
{
    private static readonly DateTime Now = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private static Signal Signal(int month, SignalSeverity severity, string measure = "civilian_deaths") =>
        Vigil.Alerts.Signal.Raise("events", "acled", "CAF", "", new DateOnly(2013, month, 1), measure, ["7.8"], Now)
            .Measured(100, 10, 8, severity, Now);

    [Fact]
    public void Steps_ForwardInOrder_EachDatedAndAttributed()
    {
        var alert = Alert.Raise(AlertRule.Create("Escalation", "events", Now, "admin"), Signal(7, SignalSeverity.High), Now);
        alert.Acknowledge(Now.AddHours(1), "ana");
        alert.Escalate(Now.AddHours(2), "ben", "to the desk officer");
        alert.MarkActioned(Now.AddHours(3), "cho");
        alert.Close(Now.AddHours(4), "ana");
        Assert.Equal(AlertStatus.Closed, alert.Status);
        Assert.Equal(
            [(AlertStatus.New, "ana"), (AlertStatus.Acknowledged, "ben"), (AlertStatus.Escalated, "cho"), (AlertStatus.Actioned, "ana")],
            alert.History.Skip(1).Select(h => (h.From, h.By)));
        Assert.Equal(Now.AddHours(2), alert.History[2].At);
    }

    [Fact]
    public void Steps_Notes_SystemPublicPeopleInternalByDefaultAndReadByTheRule()
    {
        var owner = Guid.NewGuid();
        var alert = Alert.Raise(AlertRule.Create("Escalation", "events", Now, "admin"), Signal(7, SignalSeverity.High), Now);
        alert.Acknowledge(Now, "ana", "  seen  ", owner);
        alert.Escalate(Now, "ana", "source: a nurse in Bria", owner, Classification.Restricted);
        alert.MarkActioned(Now, "ana", "   ", owner, Classification.Public);
        var partner = new Viewer(Guid.NewGuid(), "partner", Guid.NewGuid(), Roles.Analyst, [owner]);

        Assert.Equal([(null, Classification.Public), (owner, Classification.Internal), (owner, Classification.Restricted), (owner, Classification.Public)],
            alert.History.Select(h => (h.OrganizationId, h.NoteClassification)));
        Assert.Equal(["raised by signal civilian_deaths 2013-07", "seen", null, null], alert.History.Select(h => h.NoteFor(partner)));
        Assert.Equal([false, false, true, false], alert.History.Select(h => h.NoteHiddenFrom(partner)));
        Assert.Equal(["raised by signal civilian_deaths 2013-07", null, null, null], alert.History.Select(h => h.PublicNote));
        var tooLong = Assert.Throws<DomainRuleException>(() => alert.Close(Now, "ana", new string('x', Alert.NoteMaxLength + 1), owner));
        Assert.Equal("note", tooLong.Field);
        Assert.Equal(AlertStatus.Actioned, alert.Status);
    }

    [Fact]
    public void Steps_Backwards_AreRefusedAsConflict()
    {
        var alert = Alert.Raise(AlertRule.Create("Escalation", "events", Now, "admin"), Signal(7, SignalSeverity.High), Now);
        alert.Escalate(Now, "ana");
        var error = Assert.Throws<DomainRuleException>(() => alert.Acknowledge(Now, "ben"));
        Assert.True(error.Conflict);
    }

    [Fact]
    public void Merge_LaterSignal_WidensPeriodAndRaisesSeverity()
    {
        var first = Signal(7, SignalSeverity.Moderate);
        var alert = Alert.Raise(AlertRule.Create("Escalation", "events", Now, "admin"), first, Now);
        alert.Merge(Signal(12, SignalSeverity.Critical), Now);
        alert.Merge(first, Now);
        Assert.Equal(2, alert.Signals.Count);
        Assert.Equal(SignalSeverity.Critical, alert.Severity);
        Assert.Equal((new DateOnly(2013, 7, 1), new DateOnly(2013, 12, 1)), (alert.FirstPeriod, alert.LastPeriod));
    }

    [Fact]
    public void RuleMatches_SeverityMeasureAndCountryScope()
    {
        var rule = AlertRule.Create("CAR deaths", "events", Now, "admin");
        rule.Edit("CAR deaths", "events", "civilian_deaths", SignalSeverity.High, 5, ["caf"], true, Now, "admin");
        Assert.True(rule.Matches(Signal(7, SignalSeverity.High)));
        Assert.False(rule.Matches(Signal(7, SignalSeverity.Moderate)));
        Assert.False(rule.Matches(Signal(7, SignalSeverity.High, "events")));
        rule.Edit("CAR deaths", "events", null, SignalSeverity.Low, 0, ["ETH"], true, Now, "admin");
        Assert.False(rule.Matches(Signal(7, SignalSeverity.High)));
    }
}
