using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Api;

/// <summary>
/// /openapi/v1.json as a client generator reads it: every operation says what it answers on success, with a schema,
/// and the operations that can refuse a request say how. The document is built from the handlers' typed results,
/// so a handler that goes back to returning a bare IResult fails here.
/// </summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private const string Problem = "application/problem+json";

    private TestServer? _server;
    private JsonElement _paths;

    private TestServer Server => _server!;

    public async ValueTask InitializeAsync()
    {
        _server = await TestServer.StartAsync(TestStore.Sqlite());
        _paths = (await _server.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private IEnumerable<(string Name, JsonElement Operation)> Operations() =>
        _paths.EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Select(operation => ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)));

    private JsonElement Responses(string method, string path)
    {
        Assert.True(_paths.TryGetProperty(path, out var operations), $"{path} is not in the document.");
        Assert.True(operations.TryGetProperty(method, out var operation), $"{method.ToUpperInvariant()} {path} is not in the document.");
        return operation.GetProperty("responses");
    }

    /// <summary>The content types of one response that come with a schema; empty when the response has no content.</summary>
    private static List<string> TypesWithSchema(JsonElement response) =>
        response.TryGetProperty("content", out var content)
            ? [.. content.EnumerateObject().Where(c => c.Value.TryGetProperty("schema", out _)).Select(c => c.Name)]
            : [];

    [Fact]
    public void Document_DescribesTheApi()
    {
        var names = Operations().Select(o => o.Name).ToList();
        Assert.True(names.Count(n => n.Contains(" /api/v1/", StringComparison.Ordinal)) >= 50, string.Join("\n", names));
        Assert.Contains("GET /events/{iso3}/export.csv", names);
    }

    [Fact]
    public void EveryOperation_HasASuccessAnswer_WithASchemaUnlessNoContent()
    {
        var faults = new List<string>();
        foreach (var (name, operation) in Operations())
        {
            var successes = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            if (successes.Count == 0)
            {
                faults.Add($"{name}: no 2xx response");
            }
            foreach (var success in successes.Where(s => s.Name != "204"))
            {
                var types = success.Value.TryGetProperty("content", out var content) ? content.EnumerateObject().ToList() : [];
                if (types.Count == 0)
                {
                    faults.Add($"{name}: {success.Name} without content");
                }
                faults.AddRange(types.Where(t => !t.Value.TryGetProperty("schema", out _)).Select(t => $"{name}: {success.Name} {t.Name} without a schema"));
            }
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Fact]
    public void EveryErrorWithABody_IsProblemDetails()
    {
        var faults = new List<string>();
        // The Perspective-compatible endpoint answers errors in Google's shape, so that clients written for Perspective read them.
        foreach (var (name, operation) in Operations().Where(o => !o.Name.Contains(" /v1alpha1/", StringComparison.Ordinal)))
        {
            foreach (var error in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4') || r.Name.StartsWith('5')))
            {
                if (error.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Name != Problem))
                {
                    faults.Add($"{name}: {error.Name} answers {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}");
                }
            }
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    /// <summary>
    /// Operations that can refuse or miss, with every answer they give: status, then the content types that must come with a schema.
    /// A 404 from NotFound() has no body in the document (the status-code pages add a ProblemDetails at run time).
    /// </summary>
    private static readonly (string Method, string Path, string[] Answers)[] KnownAnswers =
    [
        ("get", "/api/v1/assessments/{id}", ["200 application/json", "404"]),
        ("put", "/api/v1/assessments/{id}/indicators/{indicatorId}", ["200 application/json", "400 " + Problem, "403 " + Problem, "404", "409 " + Problem, "412 " + Problem]),
        ("post", "/api/v1/assessments/{id}/versions", ["201 application/json", "404", "409 " + Problem]),
        ("get", "/api/v1/assessments/{id}/export", ["200 application/json text/markdown text/csv", "400 " + Problem, "404"]),
        ("get", "/api/v1/assessments/{id}/brief", ["200 application/pdf text/html text/markdown", "400 " + Problem, "404"]),
        ("get", "/api/v1/situations/{id}/brief", ["200 application/pdf text/html text/markdown", "400 " + Problem, "404"]),
        ("get", "/api/v1/countries/{iso3}", ["200 application/json", "404"]),
        ("get", "/api/v1/framework", ["200 application/json", "404"]),
        ("post", "/api/v1/framework", ["201 application/json", "400 " + Problem, "409 " + Problem, "413 " + Problem]),
        ("get", "/api/v1/forecasts", ["200 application/json", "400 " + Problem, "404 " + Problem]),
        ("get", "/api/v1/forecasts/{iso3}", ["200 application/json", "404 " + Problem]),
        ("get", "/api/v1/events/series", ["200 application/json", "400 " + Problem]),
        ("get", "/events/{iso3}/export.csv", ["200 text/csv", "400 " + Problem, "404"]),
        ("post", "/api/v1/auth/token", ["200 application/json", "400 " + Problem, "401 " + Problem, "403 " + Problem, "423 " + Problem]),
        ("delete", "/api/v1/auth/keys/{id}", ["204", "404"]),
        ("get", "/api/v1/admin/audit", ["200 application/json text/csv", "403 " + Problem]),
        ("put", "/api/v1/admin/users/{id}/role", ["200 application/json", "400 " + Problem, "403 " + Problem, "404", "409 " + Problem]),
        ("post", "/api/v1/alerts/{id}/escalate", ["200 application/json", "403 " + Problem, "404", "409 " + Problem]),
        ("delete", "/api/v1/alerts/webhooks/{id}", ["204", "403 " + Problem, "404"]),
    ];

    [Fact]
    public void OperationsThatCanFail_ListEveryAnswerTheyGive()
    {
        var faults = new List<string>();
        foreach (var (method, path, answers) in KnownAnswers)
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            if (!_paths.TryGetProperty(path, out var operations) || !operations.TryGetProperty(method, out var operation))
            {
                faults.Add($"{name}: not in the document");
                continue;
            }
            var responses = operation.GetProperty("responses");
            foreach (var words in answers.Select(a => a.Split(' ')))
            {
                if (!responses.TryGetProperty(words[0], out var response))
                {
                    faults.Add($"{name}: no {words[0]} (lists {string.Join(", ", responses.EnumerateObject().Select(r => r.Name))})");
                    continue;
                }
                var described = TypesWithSchema(response);
                faults.AddRange(words[1..].Where(t => !described.Contains(t)).Select(t => $"{name}: {words[0]} has no {t} with a schema"));
            }
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Fact]
    public void TypedAnswers_NameTheirSchemas()
    {
        // A named component, not an inline anonymous object: client generators make a type of it.
        var ok = Responses("get", "/api/v1/assessments/{id}").GetProperty("200").GetProperty("content").GetProperty("application/json");
        Assert.Equal("#/components/schemas/AssessmentView", ok.GetProperty("schema").GetProperty("$ref").GetString());
        var created = Responses("post", "/api/v1/auth/keys").GetProperty("201").GetProperty("content").GetProperty("application/json");
        Assert.Equal("#/components/schemas/CreatedKeyView", created.GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task NewKeyAndFrameworkVersions_KeepTheirJsonFields()
    {
        using var created = await Server.Client.PostAsJsonAsync("/api/v1/auth/keys", new { name = "reports" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["expiresAt", "id", "key", "name"], key.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("reports", key.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, key.GetProperty("expiresAt").ValueKind);

        var versions = await Server.GetJsonAsync("/api/v1/framework/versions");
        Assert.NotEmpty(versions.EnumerateArray());
        Assert.All(versions.EnumerateArray(), v => Assert.Equal(["id", "importedAt", "version"], v.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
    }
}
