using System.Globalization;
using System.Reflection;

namespace TieredCare.DemoData.Model;

/// <summary>One procedure of an operation: ICD-9-CM-3 code and surgery level (null for a non-operative procedure).</summary>
internal readonly record struct ProcedureCode(string Code, int? Level);

/// <summary>An operation as coded: the principal procedure and any procedure done with it.</summary>
internal sealed record Operation(IReadOnlyList<ProcedureCode> Steps)
{
    public int Level => Steps[0].Level ?? 0;
}

/// <summary>A code with the relative weight of choosing it among its alternatives.</summary>
internal readonly record struct WeightedCode(string Code, double Weight);

/// <summary>A row of the disease mix: one principal diagnosis and how it is treated.</summary>
internal sealed record Disease(
    int Index,
    string Code,
    string Name,
    string Department,
    char Sex,
    int AgeMin,
    int AgeMax,
    char AgeProfile,
    char Season,
    double Per100k,
    double ShareGrassroots,
    double ShareCounty,
    double ShareCity,
    double LosMean,
    double LosCv,
    double CostMean,
    double Mortality,
    double OperationRate,
    IReadOnlyList<Operation> Operations,
    IReadOnlyList<string> OtherProcedures,
    IReadOnlyList<string> Comorbidities,
    IReadOnlyList<WeightedCode> ExternalCauses,
    IReadOnlyList<WeightedCode> Pathology)
{
    public bool IsNewborn => AgeProfile == 'n';

    public bool IsObstetric => Code.StartsWith('O');

    /// <summary>Injury or poisoning (S00–T98): the abstract needs its external cause (损伤中毒外部原因).</summary>
    public bool IsInjury => Code[0] is 'S' or 'T';

    /// <summary>Neoplasm (C00–C97, D00–D48): the abstract needs its pathology (morphology) code.</summary>
    public bool IsNeoplasm => Code[0] == 'C' || (Code[0] == 'D' && (Code[1] - '0') * 10 + Code[2] - '0' <= 48);
}

internal sealed record DepartmentInfo(string Code, string Name, double VisitWeight, string Profiles);

internal sealed record GivenNameChar(string Char, char Sex, string Eras, double Weight);

/// <summary>The tables the generator owns (embedded TSV files under Tables/).</summary>
internal sealed class DemoTables
{
    private DemoTables()
    {
    }

    public required IReadOnlyList<(string Surname, double PerMille)> Surnames { get; init; }

    public required IReadOnlyList<GivenNameChar> GivenNameChars { get; init; }

    public required string PlaceHeads { get; init; }

    public required string PlaceTails { get; init; }

    public required IReadOnlyList<string> StreetHeads { get; init; }

    public required IReadOnlyList<string> CommunityTails { get; init; }

    public required IReadOnlyList<string> DistrictNames { get; init; }

    public required IReadOnlyList<string> CountyNames { get; init; }

    public required IReadOnlyList<DepartmentInfo> Departments { get; init; }

    public required IReadOnlyList<Disease> Diseases { get; init; }

    public static DemoTables Load()
    {
        var places = Read("place_parts.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var counties = Read("counties.tsv");
        return new DemoTables
        {
            Surnames = Read("surnames.tsv").Select(r => (r[0], Number(r[1]))).ToList(),
            GivenNameChars = Read("given_name_chars.tsv").Select(r => new GivenNameChar(r[0], r[1][0], r[2], Number(r[3]))).ToList(),
            PlaceHeads = places["head"],
            PlaceTails = places["tail"],
            StreetHeads = places["street_head"].Split(' ', StringSplitOptions.RemoveEmptyEntries),
            CommunityTails = places["community_tail"].Split(' ', StringSplitOptions.RemoveEmptyEntries),
            DistrictNames = counties.Where(r => r[0] == "district").Select(r => r[1]).ToList(),
            CountyNames = counties.Where(r => r[0] == "county").Select(r => r[1]).ToList(),
            Departments = Read("departments.tsv").Select(r => new DepartmentInfo(r[0], r[1], Number(r[2]), r[3])).ToList(),
            Diseases = Read("diseases.tsv").Select(ParseDisease).ToList(),
        };
    }

    /// <summary>The rows of an embedded table, header skipped.</summary>
    internal static List<string[]> Read(string name)
    {
        using var stream = typeof(DemoTables).Assembly.GetManifestResourceStream("TieredCare.DemoData.Tables." + name)
            ?? throw new InvalidOperationException($"Embedded table {name} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }

    private static Disease ParseDisease(string[] r, int index)
    {
        return new Disease(
            index, r[0], r[1], r[2], r[3][0], Int(r[4]), Int(r[5]), r[6][0], r[7][0], Number(r[8]),
            Number(r[9]), Number(r[10]), Number(r[11]), Number(r[12]), Number(r[13]), Number(r[14]),
            Number(r[15]), Number(r[16]), ParseOperations(r[17]), Split(r[18]), Split(r[19]), Weighted(r[20]), Weighted(r[21]));
    }

    private static List<Operation> ParseOperations(string text) =>
        Split(text).Select(alternative => new Operation(alternative.Split('+').Select(step =>
        {
            var parts = step.Split(':');
            int? level = parts.Length > 1 && parts[1].Length > 0 ? Int(parts[1]) : null;
            return new ProcedureCode(parts[0], level);
        }).ToList())).ToList();

    /// <summary>Codes separated by '|', each with an optional ':weight' (1 when absent).</summary>
    private static List<WeightedCode> Weighted(string text) =>
        Split(text).Select(item => item.Split(':') is [var code, var weight] ? new WeightedCode(code, Number(weight)) : new WeightedCode(item, 1)).ToList();

    private static string[] Split(string text) => text.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
