using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

// Load bench (issue 15): N concurrent clients for S seconds against a running Vigil — an assessment GET, a page, then
// concurrent PUTs to the same and to different indicators — printing p50/p95/p99 and the answers by status (no 500 allowed).
// Usage: ./vigil demo --urls http://127.0.0.1:5150 --data-dir /tmp/bench-demo   (prints the admin's password), then
//        dotnet run -c Release --project bench/LoadBench -- --url http://127.0.0.1:5150 --email admin@… --password … [--clients 200] [--seconds 20] [--history 2570]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
string url = "http://127.0.0.1:5150", email = "", password = "";
int clients = 200, seconds = 20, history = 2570;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--url": url = args[++i]; break;
        case "--email": email = args[++i]; break;
        case "--password": password = args[++i]; break;
        case "--clients": clients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--history": history = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}
if (email.Length == 0 || password.Length == 0)
{
    Console.Error.WriteLine("usage: LoadBench --url URL --email EMAIL --password PASSWORD [--clients 200] [--seconds 20] [--history 2570]");
    return 2;
}

// One connection pool for every simulated client, as many connections as clients (a browser each).
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = new Uri(url),
    Timeout = TimeSpan.FromSeconds(60),
};
using (var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { email, password }))
{
    token.EnsureSuccessStatusCode();
    var body = await token.Content.ReadFromJsonAsync<JsonElement>();
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("token").GetString());
}

// A draft with a long history, as the probe's: every PUT adds a line to it.
Guid id;
using (var created = await http.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "Load bench", asOf = "2026-09-30" }))
{
    created.EnsureSuccessStatusCode();
    id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}
var framework = await http.GetFromJsonAsync<JsonElement>("/api/v1/framework");
var indicators = framework.GetProperty("riskFactors").EnumerateArray()
    .SelectMany(f => f.GetProperty("indicators").EnumerateArray().Select(x => x.GetProperty("id").GetString()!)).ToArray();
var seed = Stopwatch.StartNew();
await Parallel.ForAsync(0, history, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, ct) =>
{
    using var put = await http.PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/{indicators[n % indicators.Length]}",
        new { status = "present", severity = 1 + n % 3, notes = $"seed {n}" }, ct);
    put.EnsureSuccessStatusCode();
});
var assessmentBytes = (await http.GetByteArrayAsync($"/api/v1/assessments/{id}")).Length;
Console.WriteLine($"target {url}; {clients} clients × {seconds} s per phase; assessment {id} with {history} history lines ({assessmentBytes / 1024} KB as JSON), seeded in {seed.Elapsed.TotalSeconds:0.0} s");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
Console.WriteLine($"{"phase",-34} {"requests",8} {"req/s",7} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"max ms",7}  answers");

var failed = false;
await Phase("GET /api/v1/assessments/{id}", _ => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/assessments/{id}"));
await Phase("GET /assessments/{id} (page)", _ => new HttpRequestMessage(HttpMethod.Get, $"/assessments/{id}"));
await Phase("GET /assessments/{id}/edit (page)", _ => new HttpRequestMessage(HttpMethod.Get, $"/assessments/{id}/edit"));
// On a fresh draft (so the first writes of each indicator race too): half the clients write one indicator, half spread over all.
Guid fresh;
using (var created = await http.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "Load bench writes", asOf = "2026-09-30" }))
{
    created.EnsureSuccessStatusCode();
    fresh = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}
var counter = 0;
await Phase("PUT indicators, same and different", client =>
{
    var n = Interlocked.Increment(ref counter);
    var indicator = client % 2 == 0 ? "1.1" : indicators[n % indicators.Length];
    return new HttpRequestMessage(HttpMethod.Put, $"/api/v1/assessments/{fresh}/indicators/{indicator}")
    {
        Content = JsonContent.Create(new { status = "present", severity = 1 + n % 3, notes = $"load {n}" }),
    };
});
return failed ? 1 : 0;

async Task Phase(string name, Func<int, HttpRequestMessage> request)
{
    var latencies = new ConcurrentBag<double>();
    var answers = new ConcurrentDictionary<string, int>();
    var end = Stopwatch.StartNew();
    var window = TimeSpan.FromSeconds(seconds);
    await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
    {
        while (end.Elapsed < window)
        {
            var started = Stopwatch.GetTimestamp();
            string answer;
            try
            {
                using var message = request(client);
                using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                answer = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                answer = e.GetType().Name;
            }
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            answers.AddOrUpdate(answer, 1, (_, c) => c + 1);
        }
    })));
    var sorted = latencies.Order().ToArray();
    double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    var elapsed = end.Elapsed.TotalSeconds;
    Console.WriteLine($"{name,-34} {sorted.Length,8} {sorted.Length / elapsed,7:0} {P(0.50),7:0} {P(0.95),7:0} {P(0.99),7:0} {sorted.LastOrDefault(),7:0}  "
        + string.Join(" ", answers.OrderBy(a => a.Key).Select(a => $"{a.Key}×{a.Value}")));
    failed |= answers.Keys.Any(a => a != "200");
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
