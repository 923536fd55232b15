using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TieredCare.Referrals.Catalogue;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>Tiered disease catalogues for API tests: the upload form, and the engine's demo catalogue loaded as the county community's latest version.</summary>
public static class TestCatalogues
{
    public static MultipartFormDataContent Upload(string csv, string network, string version, string? name = null)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "catalogue.csv" },
            { new StringContent(network), "network" },
            { new StringContent(version), "version" },
        };
        if (name is not null)
        {
            form.Add(new StringContent(name), "name");
        }

        return form;
    }

    public static string DemoCsv()
    {
        using var stream = typeof(DiseaseCatalogue).Assembly.GetManifestResourceStream("TieredCare.Referrals.Data.qingchuan-demo-catalogue.csv")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads the demo catalogue into the county community as a new version, so that it is the one referrals are judged by.</summary>
    public static async Task<long> LoadDemoAsync(HttpClient admin, CancellationToken ct)
    {
        var response = await admin.PostAsync("/api/v1/referrals/catalogues", Upload(DemoCsv(), TestRegion.CountyCommunity, $"check-{Guid.NewGuid():N}"), ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!["catalogue"]!["id"]!.GetValue<long>();
    }
}
