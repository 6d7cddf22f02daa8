using System.Text.Json;
using Vigil.Situations.Cases;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Situations;

/// <summary>`vigil cases import|export`: the examples go in and come out again; a faulty file names itself and the field and stores nothing.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class CasesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private Task<(int Exit, string Output)> Run(params string[] args) => ConsoleCapture.RunAsync([.. args, "--data-dir", _temp.File("store")]);

    private async Task<int> StoredAsync()
    {
        var file = _temp.File($"export-{Guid.NewGuid():n}.json");
        Assert.Equal(0, (await Run("cases", "export", "--out", file)).Exit);
        return JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).RootElement.GetProperty("cases").GetArrayLength();
    }

    [Fact]
    public async Task ImportExport_ExampleCases_RoundTripAndImportAgainReplaces()
    {
        var file = _temp.File("examples.json");
        await File.WriteAllTextAsync(file, ExampleCases.EmbeddedJson(), TestContext.Current.CancellationToken);
        var count = ExampleCases.Embedded().Cases.Count;

        var first = await Run("cases", "import", file);
        var again = await Run("cases", "import", file);

        Assert.Equal(0, first.Exit);
        Assert.Contains($"{count} cases added, 0 replaced", first.Output);
        Assert.Contains($"0 cases added, {count} replaced", again.Output);
        Assert.Equal(count, await StoredAsync());
    }

    [Theory]
    [InlineData("""{ "cases": [ CASE, CASE_BAD_RATING ] }""", "cases[1].factors[0].rating")]
    [InlineData("""{ "cases": [ CASE, CASE_BAD_COUNTRY ] }""", "cases[1].countryIso3")]
    [InlineData("""{ "cases": [ { "countryIso3": "KEN", "timeline": "soon" } ] }""", "$.cases[0].timeline")]
    [InlineData("""{ "cases": [ { "countryIso3": "KEN", "colour": "red" } ] }""", "colour")]
    [InlineData("""{ "about": "no cases" }""", "cases")]
    public async Task Import_FaultyFile_ExitsWithOneNamingFileAndFieldAndStoresNothing(string json, string field)
    {
        var good = JsonSerializer.Serialize(ExampleCases.Embedded().Cases[0] with { Id = null }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var file = _temp.File("faulty-cases.json");
        await File.WriteAllTextAsync(file, json.Replace("CASE_BAD_RATING", good.Replace("\"rating\":\"partial\"", "\"rating\":\"good\"", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("CASE_BAD_COUNTRY", good.Replace("\"countryIso3\":\"KEN\"", "\"countryIso3\":\"XXX\"", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("CASE", good, StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var (exit, output) = await Run("cases", "import", file);

        Assert.Equal(1, exit);
        Assert.Contains("faulty-cases.json", output);
        Assert.Contains(field, output);
        Assert.Equal(0, await StoredAsync());
    }
}
