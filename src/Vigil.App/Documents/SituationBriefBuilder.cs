using System.Globalization;
using Vigil.App.Pages.Assessments;
using Vigil.App.Pages.Shared;

namespace Vigil.App.Documents;

/// <summary>
/// Turns a <see cref="SituationBriefInput"/> into the brief's <see cref="DocumentModel"/> in English or Chinese: status and
/// trend, the warning picture, actions and commitments, uncovered risk factors and proposed options — what a decision
/// maker reads first, in that order.
/// </summary>
public static class SituationBriefBuilder
{
    public static readonly string[] Languages = ["en", "zh"];

    /// <summary>The UI culture of a brief language ("en", "zh" or "zh-Hans").</summary>
    public static CultureInfo CultureOf(string language) => language.Trim().ToLowerInvariant() switch
    {
        "en" => CultureInfo.GetCultureInfo("en"),
        "zh" or "zh-hans" => CultureInfo.GetCultureInfo("zh-Hans"),
        _ => throw new DomainRuleException("lang", $"Unknown brief language '{language}'; use en or zh."),
    };

    public static DocumentModel Build(SituationBriefInput input, CultureInfo culture, DateOnly today)
    {
        // The texts and enum words read the current UI culture; a brief may be written in another language than the
        // caller's (a CLI run, an API call with ?lang=), so switch for the build and restore after.
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return new DocumentModel(
                Localized.Format(SituationBriefText.DocumentTitle, input.Title),
                culture.Name,
                Localized.Format(SituationBriefText.Marking, EnumText.Of(input.Classification)),
                Meta(input),
                [Status(input, today), Warning(input.Warning), .. NamedActors(input), Actions(input), Commitments(input), Uncovered(input), Options(input)]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formatting;
        }
    }

    private static List<string> Meta(SituationBriefInput input)
    {
        List<string> meta = [Localized.Format(SituationBriefText.MetaCountry, input.Country.Current)];
        if (!string.IsNullOrWhiteSpace(input.Areas))
        {
            meta.Add(Localized.Format(SituationBriefText.MetaAreas, input.Areas));
        }
        meta.Add(Localized.Format(SituationBriefText.MetaAsOf, Date(input.AsOf)));
        if (!string.IsNullOrWhiteSpace(input.Owner))
        {
            meta.Add(Localized.Format(SituationBriefText.MetaOwner, input.Owner));
        }
        return meta;
    }

    private static DocumentSection Status(SituationBriefInput input, DateOnly today)
    {
        List<DocumentBlock> blocks = [];
        if (input.IsExample)
        {
            blocks.Add(new NoticeBlock(SituationBriefText.ExampleNotice));
        }
        if (input.Status is null)
        {
            blocks.Add(new NoticeBlock(SituationBriefText.NoSituation));
        }
        else
        {
            List<KeyValuePair<string, string>> rows =
            [
                new(SituationBriefText.Status, Word("SituationStatus", input.Status)),
                new(SituationBriefText.Trend, input.Trend is null ? SituationBriefText.TrendNone : Word("SituationTrend", input.Trend)),
                new(SituationBriefText.Lag, input.WarningToActionDays is { } days
                    ? Localized.Format(SituationBriefText.LagDays, days) : SituationBriefText.LagNone),
            ];
            if (input.NextReview is { } review)
            {
                rows.Add(new(SituationBriefText.NextReview, review < today ? Localized.Format(SituationBriefText.Overdue, Date(review)) : Date(review)));
            }
            blocks.Add(new KeyValueBlock(rows));
        }
        if (!string.IsNullOrWhiteSpace(input.Summary))
        {
            blocks.Add(new ParagraphBlock(input.Summary));
        }
        return new DocumentSection(SituationBriefText.SectionStatus, blocks);
    }

    private static DocumentSection Warning(SituationBriefInput.WarningPicture warning)
    {
        List<DocumentBlock> blocks = [];
        List<KeyValuePair<string, string>> rows = [];
        if (warning.Assessment is { } a)
        {
            if (a.IsDraft)
            {
                blocks.Add(new NoticeBlock(SituationBriefText.DraftNotice));
            }
            rows.Add(new(SituationBriefText.Assessment, Localized.Format(SituationBriefText.AssessmentValue, a.Title, Date(a.AsOf))));
            rows.Add(new(SituationBriefText.OverallRisk, Localized.Format(SituationBriefText.LevelScore, Level(a.Level), Score(a.Score))));
            var coverage = a.Coverage.ToString("P0", CultureInfo.CurrentCulture);
            rows.Add(new(SituationBriefText.Coverage, a.Provisional ? Localized.Format(SituationBriefText.Provisional, coverage) : coverage));
        }
        else
        {
            rows.Add(new(SituationBriefText.Assessment, SituationBriefText.NoAssessment));
        }
        rows.Add(new(SituationBriefText.Forecast, warning.Forecast is { } f
            ? Localized.Format(SituationBriefText.ForecastValue, f.Rank, f.Ranked, f.Risk.ToString("P1", CultureInfo.CurrentCulture), f.Model, f.DataYear)
            : SituationBriefText.NoForecast));
        blocks.Add(new KeyValueBlock(rows));
        var scored = warning.Assessment?.Factors.Where(x => x.Score is > 0).OrderByDescending(x => x.Score).ToList() ?? [];
        if (scored.Count > 0)
        {
            blocks.Add(new BarChartBlock(SituationBriefText.FactorChart, 100,
                [.. scored.Select(x => new ChartBar($"{x.Id} {x.Title.Current}", x.Score!.Value, Score(x.Score)))]));
        }
        blocks.Add(new SubheadingBlock(SituationBriefText.Signals));
        blocks.Add(warning.Signals.Count == 0
            ? new ParagraphBlock(SituationBriefText.NoSignals)
            : new TableBlock(
                [SituationBriefText.ColumnDate, SituationBriefText.ColumnSource, SituationBriefText.ColumnSignal, SituationBriefText.ColumnSeverity],
                [.. warning.Signals.OrderByDescending(s => s.Date).Select(s => (IReadOnlyList<string>)
                [
                    Date(s.Date), s.Area is null ? Word("SignalSource", s.Source) : Localized.Format(SituationBriefText.SourceInArea, Word("SignalSource", s.Source), s.Area),
                    s.Text, s.Severity is { } severity ? EnumText.Of(severity) : "",
                ])]));
        return new DocumentSection(SituationBriefText.SectionWarning, blocks);
    }

    /// <summary>The country's actors named for the reader; none of this section in a brief drawn from an assessment alone.</summary>
    private static IEnumerable<DocumentSection> NamedActors(SituationBriefInput input)
    {
        if (input.NamedActors is not { } named)
        {
            yield break;
        }
        yield return new DocumentSection(Localized.Format(SituationBriefText.SectionNamedActors, input.Country.Current), named.Count == 0
            ? [new ParagraphBlock(SituationBriefText.NoNamedActors)]
            :
            [
                new ParagraphBlock(SituationBriefText.NamedActorsIntro),
                new TableBlock(
                    [SituationBriefText.ColumnActor, SituationBriefText.ColumnKind, SituationBriefText.ColumnNaming, SituationBriefText.ColumnActorAssessment,
                        SituationBriefText.ColumnOneSided],
                    [.. named.Select(a => (IReadOnlyList<string>)
                    [
                        a.Name, EnumText.Of(Vigil.App.Pages.Actors.ActorsText.ResourceManager, "ActorKind", a.Kind),
                        Localized.Format(SituationBriefText.NamingValue, EnumText.Of(Vigil.App.Pages.Actors.ActorAssessmentText.ResourceManager, "EvidentiaryStandard", a.Standard), Date(a.DecidedOn)),
                        a.AssessmentTitle is null ? "" : Localized.Format(SituationBriefText.AssessmentValue, a.AssessmentTitle, Date(a.AssessmentAsOf!.Value)),
                        string.Join("; ", a.Recent.Select(r => Localized.Format(SituationBriefText.OneSidedValue,
                            Vigil.App.Pages.Events.EventSourceLabels.Abbreviated(r.Source), r.CivilianEvents, r.From, r.To))),
                    ])]),
            ]);
    }

    private static DocumentSection Actions(SituationBriefInput input) =>
        new(SituationBriefText.SectionActions, input.Actions.Count == 0
            ? [new ParagraphBlock(SituationBriefText.NoActions)]
            : [new TableBlock(
                [SituationBriefText.ColumnDate, SituationBriefText.ColumnActor, SituationBriefText.ColumnOption, SituationBriefText.ColumnStatus,
                    SituationBriefText.ColumnStance, SituationBriefText.ColumnDescription],
                [.. input.Actions.OrderBy(a => a.Date).Select(a => (IReadOnlyList<string>)
                [
                    Date(a.Date), Localized.Format(SituationBriefText.ActorWithKind, a.ActorName, Word("ActorKind", a.ActorKind)),
                    a.OptionTitle?.Current ?? a.Option, Word("ActionStatus", a.Status), a.Stance is null ? "" : Word("Stance", a.Stance), a.Description,
                ])])]);

    private static DocumentSection Commitments(SituationBriefInput input)
    {
        var commitments = input.Actions.OrderBy(a => a.Date).SelectMany(a => a.Commitments).ToList();
        return new(SituationBriefText.SectionCommitments, commitments.Count == 0
            ? [new ParagraphBlock(SituationBriefText.NoCommitments)]
            : [new TableBlock(
                [SituationBriefText.ColumnCommitment, SituationBriefText.ColumnParty, SituationBriefText.ColumnDue, SituationBriefText.ColumnImplemented,
                    SituationBriefText.ColumnGender],
                [.. commitments.Select(c => (IReadOnlyList<string>)
                [
                    c.Text, c.Party, c.Due is { } due ? Date(due) : "", Word("Implemented", c.Implemented), c.Gender ? SituationBriefText.Yes : "",
                ])])]);
    }

    private static DocumentSection Uncovered(SituationBriefInput input) =>
        new(SituationBriefText.SectionUncovered, input.UncoveredFactors.Count == 0
            ? [new ParagraphBlock(SituationBriefText.NoneUncovered)]
            :
            [
                new ParagraphBlock(SituationBriefText.UncoveredIntro),
                new BulletListBlock([.. input.UncoveredFactors.OrderByDescending(f => f.Score ?? -1)
                    .Select(f => Localized.Format(SituationBriefText.FactorLine, f.Id, f.Title.Current, Score(f.Score), f.Present))]),
            ]);

    private static DocumentSection Options(SituationBriefInput input) =>
        new(SituationBriefText.SectionOptions, input.ProposedOptions.Count == 0
            ? [new ParagraphBlock(SituationBriefText.NoOptions)]
            : [new BulletListBlock([.. input.ProposedOptions.Select(o =>
                Localized.Format(SituationBriefText.OptionLine, o.Title.Current, string.Join(", ", o.Addresses)))])]);

    private static string Word(string kind, string value) => EnumText.Of(SituationBriefText.ResourceManager, kind, value);

    private static string Level(string? level) => Vigil.App.Pages.Shared.Display.Level(level);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Score(double? score) => score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–";
}
