using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace TieredCare.Web.Modules.Fhir;

/// <summary>FHIR R4 JSON written by the Firely SDK: resources, search bundles and OperationOutcome errors, as <c>application/fhir+json</c>.</summary>
public static class FhirJson
{
    public const string ContentType = "application/fhir+json";

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static IResult Resource(Resource resource) => Results.Text(JsonSerializer.Serialize(resource, resource.GetType(), Options), ContentType, System.Text.Encoding.UTF8);

    /// <summary>A searchset bundle of the matches on this page, with the total and the self link.</summary>
    public static IResult SearchSet(HttpRequest request, int total, IEnumerable<Resource> resources)
    {
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = total };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}" });
        foreach (var r in resources)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}/{r.TypeName}/{r.Id}", Resource = r, Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return Resource(bundle);
    }

    public static IResult Outcome(int status, OperationOutcome.IssueType type, string text)
    {
        var outcome = new OperationOutcome();
        outcome.Issue.Add(new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = type, Diagnostics = text });
        return Results.Text(JsonSerializer.Serialize(outcome, Options), ContentType, System.Text.Encoding.UTF8, status);
    }
}
