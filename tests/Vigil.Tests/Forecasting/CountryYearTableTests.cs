using System.Text;
using Vigil.Forecasting;
using Xunit;

namespace Vigil.Tests.Forecasting;

public sealed class CountryYearTableTests
{
    private static readonly string[] Header = ["ewp_name", "ccode", .. PredictorCatalog.Ids, .. CountryYearTable.OutcomeColumns];

    private static string Csv(params Dictionary<string, string>[] rows) => CsvWith(Header, rows);

    private static string CsvWith(IReadOnlyList<string> header, params Dictionary<string, string>[] rows)
    {
        var text = new StringBuilder(string.Join(",", header)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", header.Select(c => row.GetValueOrDefault(c, c switch
            {
                "ewp_name" => "Aland",
                "ccode" => "1",
                "year" => "2000",
                _ => "0",
            })))).Append('\n');
        }
        return text.ToString();
    }

    [Fact]
    public void Parse_ValidRows_ReadsValuesAndMissingFields()
    {
        var table = CountryYearTable.Parse(Csv(
            new() { ["gdppcgrowth"] = "", ["mk_onset_2"] = "" },
            new() { ["year"] = "2001", ["popsize.log2"] = "NA", ["discrimpop"] = "0.25" }), "t.csv");
        Assert.Equal(2, table.Rows.Count);
        var gdp = PredictorCatalog.Ids.ToList().IndexOf("gdppcgrowth");
        Assert.True(double.IsNaN(table.Rows[0].Values[gdp]));
        Assert.Null(table.Rows[0].MkOnset2);
        Assert.False(table.Rows[0].IsCompleteCase);
        Assert.Equal(0.25, table.Rows[1].Values[PredictorCatalog.Ids.ToList().IndexOf("discrimpop")]);
        Assert.Equal(3, table.Rows[1].Line);
    }

    [Fact]
    public void Parse_MissingColumn_NamesItOnTheHeaderLine()
    {
        var header = Header.Where(c => c != "coup.try.5yr").ToList();
        var error = Assert.Throws<ForecastDataException>(() => CountryYearTable.Parse(CsvWith(header, new Dictionary<string, string>()), "t.csv"));
        Assert.Equal(1, error.Line);
        Assert.Equal("coup.try.5yr", error.Column);
        Assert.Contains("t.csv:1", error.Message);
    }

    [Fact]
    public void Parse_BadNumber_NamesFileLineAndColumn()
    {
        var error = Assert.Throws<ForecastDataException>(() => CountryYearTable.Parse(Csv(
            new(), new() { ["year"] = "2001", ["gdppcgrowth"] = "fast" }), "t.csv"));
        Assert.Equal(3, error.Line);
        Assert.Equal("gdppcgrowth", error.Column);
        Assert.Contains("'fast'", error.Message);
    }

    [Fact]
    public void Parse_OutcomeNotBinary_IsRejected()
    {
        var error = Assert.Throws<ForecastDataException>(() => CountryYearTable.Parse(Csv([new Dictionary<string, string> { ["mk_onset"] = "2" }]), "t.csv"));
        Assert.Equal("mk_onset", error.Column);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Parse_DuplicateCountryYear_NamesBothLines()
    {
        var error = Assert.Throws<ForecastDataException>(() => CountryYearTable.Parse(Csv(new(), new()), "t.csv"));
        Assert.Equal(3, error.Line);
        Assert.Contains("first seen on line 2", error.Message);
    }

    [Fact]
    public void Parse_WrongFieldCount_NamesTheLine()
    {
        var text = Csv([new Dictionary<string, string>()]) + "Borduria,2\n";
        var error = Assert.Throws<ForecastDataException>(() => CountryYearTable.Parse(text, "t.csv"));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Load_MissingFile_SaysNotFound()
    {
        var error = Assert.Throws<ForecastDataException>(() => CountryYearTable.Load("/nonexistent/table.csv"));
        Assert.Contains("not found", error.Message);
    }

    [Fact]
    public void MissingnessReport_GapsInOneYear_CountedPerPredictorAndYear()
    {
        var table = CountryYearTable.Parse(Csv(
            new() { ["gdppcgrowth"] = "" },
            new() { ["ewp_name"] = "Borduria", ["gdppcgrowth"] = "" },
            new() { ["year"] = "2001" }), "t.csv");
        var report = MissingnessReport.From(table);
        var gdp = Assert.Single(report.Predictors);
        Assert.Equal("gdppcgrowth", gdp.Predictor);
        Assert.Equal(2, gdp.ByYear[2000]);
        Assert.Equal(1, report.CompleteCaseRows);
    }

    [Fact]
    public void PredictorCatalog_EveryPredictor_HasLabelsAndKnownRiskFactors()
    {
        Assert.Equal(39, PredictorCatalog.All.Count);
        Assert.All(PredictorCatalog.All, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Label.En));
            Assert.False(string.IsNullOrWhiteSpace(p.Label.Zh));
            Assert.All(p.RiskFactors, f => Assert.Matches("^RF([1-9]|1[0-4])$", f));
        });
        Assert.Equal(["RF1"], PredictorCatalog.Find("battledeaths.log2")!.RiskFactors);
        Assert.Equal(["RF1", "RF3"], PredictorCatalog.Find("coup.try.5yr")!.RiskFactors);
        Assert.Equal(["RF2", "RF5"], PredictorCatalog.Find("pol_killing_approved")!.RiskFactors);
        Assert.Equal(["RF9"], PredictorCatalog.Find("discrimpop")!.RiskFactors);
    }
}
