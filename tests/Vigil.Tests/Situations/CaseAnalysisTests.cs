using System.Text.Json;
using Vigil.Countries;
using Vigil.Situations.Cases;

namespace Vigil.Tests.Situations;

/// <summary>The outcomes by option and by factor, counted again here from the example file's JSON, and the caution under five cases.</summary>
public sealed class CaseAnalysisTests
{
    private static readonly CaseReferences References = new(CountryCatalog.Embedded, CaseVocabulary.Options.ToHashSet(StringComparer.Ordinal));

    private static readonly DateTime Now = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    private static List<PreventionCase> Examples() =>
        [.. ExampleCases.Embedded().Cases.Select(c => PreventionCase.Create(c, References, null, "test", Now))];

    [Fact]
    public void Of_ExampleCases_CountsTheOutcomesOfTheCasesThatHadEachOptionAndRating()
    {
        var json = JsonDocument.Parse(ExampleCases.EmbeddedJson()).RootElement.GetProperty("cases").EnumerateArray().ToList();

        var analysis = CaseAnalysis.Of(Examples());

        Assert.Equal(json.Count, analysis.Cases);
        Assert.Equal(json.Count, analysis.IllustrativeCases);
        foreach (var row in analysis.Options)
        {
            var having = json.Where(c => c.GetProperty("options").EnumerateArray().Any(o => o.GetString() == row.Id)).ToList();
            Assert.Equal(having.Count, row.Outcomes.Total);
            foreach (var outcome in CaseVocabulary.Outcomes)
            {
                Assert.Equal(having.Count(c => c.GetProperty("outcome").GetString() == outcome), row.Outcomes.Of(outcome));
            }
        }
        foreach (var row in analysis.Factors)
        {
            var rated = json.Where(c => c.GetProperty("factors").EnumerateArray()
                .Any(f => f.GetProperty("factor").GetString() == row.Id && f.GetProperty("rating").GetString() == row.Rating)).ToList();
            Assert.Equal(rated.Count, row.Outcomes.Total);
            Assert.Equal(rated.Count(c => c.GetProperty("outcome").GetString() == "averted"), row.Outcomes.Averted);
        }
        // Each case rates each factor once: a factor's rows hold every case.
        Assert.All(CaseVocabulary.Factors, f => Assert.Equal(json.Count, analysis.Factors.Where(r => r.Id == f).Sum(r => r.Outcomes.Total)));
        Assert.Equal(CaseVocabulary.Options.Count, analysis.Options.Count);
    }

    [Fact]
    public void Of_FewerThanFiveCases_Caution()
    {
        var examples = Examples();
        var mediation = CaseAnalysis.Of(examples).Options.Single(r => r.Id == "mediation");
        Assert.True(mediation.Outcomes.Total >= CaseAnalysis.CautionBelow);
        Assert.False(mediation.Outcomes.Caution);

        var four = CaseAnalysis.Of([.. examples.Where(c => c.Options.Contains("mediation")).Take(4)]);
        var few = four.Options.Single(r => r.Id == "mediation");

        Assert.Equal(4, few.Outcomes.Total);
        Assert.True(few.Outcomes.Caution);
        Assert.True(four.Options.Single(r => r.Id == "transitional-justice").Outcomes is { Total: 0, Caution: true });
        Assert.Null(four.Options.Single(r => r.Id == "transitional-justice").Outcomes.Share("averted"));
    }

    [Fact]
    public void Create_FactorLeftOut_ShownAsNotRatedAndLeftOutOfTheAnalysis()
    {
        var input = ExampleCases.Embedded().Cases[0];
        var partial = PreventionCase.Create(input with { Id = null, Factors = [.. input.Factors!.Skip(1)] }, References, null, "test", Now);

        Assert.Equal(CaseVocabulary.Factors.Count, partial.Factors.Count);
        Assert.Equal(CaseVocabulary.NotRated, partial.Factors.Single(f => f.Factor == CaseVocabulary.Factors[0]).Rating);
        Assert.Equal(0, CaseAnalysis.Of([partial]).Factors.Where(r => r.Id == CaseVocabulary.Factors[0]).Sum(r => r.Outcomes.Total));
    }
}
