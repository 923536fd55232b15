using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TieredCare.Web.Tests;

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteServer>
{
    public const string Name = "SQLite server";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}

/// <summary>Base of the API tests; each test class runs once on SQLite and once on PostgreSQL.</summary>
public abstract class ApiTest(ServerFixture server)
{
    protected ServerFixture Server => server;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<HttpClient> As(string user)
    {
        Require.Database(server);
        return await server.ClientFor(user);
    }

    protected HttpClient Anonymous()
    {
        Require.Database(server);
        return server.Anonymous();
    }

    protected static async Task<JsonNode> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, body);
        return JsonNode.Parse(body.Length == 0 ? "null" : body) ?? JsonValue.Create(0);
    }

    protected static async Task<JsonNode> Get(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await Json(await client.GetAsync(url, Ct), expected);

    protected static async Task<JsonNode> Post(HttpClient client, string url, object body, HttpStatusCode expected) =>
        await Json(await client.PostAsJsonAsync(url, body, Ct), expected);

    protected static async Task<JsonNode> PostRaw(HttpClient client, string url, string json, HttpStatusCode expected) =>
        await Json(await client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct), expected);

    protected static async Task<JsonNode> Put(HttpClient client, string url, object body, HttpStatusCode expected) =>
        await Json(await client.PutAsJsonAsync(url, body, Ct), expected);

    /// <summary>The field names of a problem-details body's <c>errors</c>.</summary>
    protected static IReadOnlyList<string> ErrorFields(JsonNode problem) =>
        problem["errors"]?.AsObject().Select(p => p.Key).ToList() ?? [];

    protected static IReadOnlyList<string> Codes(JsonNode page) =>
        page["items"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

    protected static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
