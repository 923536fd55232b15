using System.Reflection;
using TieredCare.DemoData;
using TieredCare.Referrals.Catalogue;

namespace TieredCare.Referrals.Tests.Catalogue;

public class DemoCatalogueTests
{
    private static readonly DiseaseCatalogue Demo = DiseaseCatalogue.LoadDemo();

    [Fact]
    public void The_demo_catalogue_loads_without_a_bad_row()
    {
        (Demo.Name, Demo.Version).ShouldBe((DiseaseCatalogue.DemoName, DiseaseCatalogue.DemoVersion));
        Demo.Entries.Count.ShouldBeGreaterThan(80);
    }

    /// <summary>
    /// The codes come from the generator itself: the disease table it embeds (principal diagnoses and their
    /// comorbidities) and the two code lists in its source, read by reflection so that a new code there fails here.
    /// </summary>
    public static TheoryData<string> DemoDiagnosisCodes()
    {
        var assembly = typeof(DemoGenerator).Assembly;
        using var stream = assembly.GetManifestResourceStream("TieredCare.DemoData.Tables.diseases.tsv")
            ?? throw new InvalidOperationException("the demo disease table is not embedded under the expected name");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()!.Split('\t');
        var (code, comorbidities) = (Array.IndexOf(header, "code"), Array.IndexOf(header, "comorbidities"));
        code.ShouldBeGreaterThanOrEqualTo(0);
        comorbidities.ShouldBeGreaterThanOrEqualTo(0);
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split('\t');
            codes.Add(cells[code]);
            codes.UnionWith(cells[comorbidities].Split('|', StringSplitOptions.RemoveEmptyEntries));
        }

        codes.UnionWith(StaticCodes(assembly, "TieredCare.DemoData.Generation.DischargeGenerator", "GeneralComorbidities"));
        codes.UnionWith(StaticCodes(assembly, "TieredCare.DemoData.Generation.VisitGenerator", "ChronicDiagnoses"));
        return [.. codes];
    }

    [Theory]
    [MemberData(nameof(DemoDiagnosisCodes))]
    public void Every_diagnosis_the_demo_generator_emits_is_in_the_demo_catalogue(string code) =>
        Demo.Find(IcdCode.Parse(code)).ShouldNotBeNull($"{code} is not covered by the demo catalogue");

    [Theory]
    [InlineData("I10.x00x002", TreatmentTier.Village)]
    [InlineData("E11.900", TreatmentTier.Village)]
    [InlineData("E11.400", TreatmentTier.Township)]
    [InlineData("I11.001", TreatmentTier.County)]
    [InlineData("I25.100x003", TreatmentTier.Township)]
    [InlineData("I20.000", TreatmentTier.County)]
    [InlineData("I21.900", TreatmentTier.County)]
    [InlineData("I63.900", TreatmentTier.County)]
    [InlineData("I60.900x004", TreatmentTier.City)]
    [InlineData("I67.100x001", TreatmentTier.City)]
    [InlineData("I67.200", TreatmentTier.Township)]
    [InlineData("C34.900x001", TreatmentTier.County)]
    [InlineData("C71.900", TreatmentTier.City)]
    [InlineData("Z51.000x003", TreatmentTier.City)]
    [InlineData("Z51.100x004", TreatmentTier.County)]
    [InlineData("P22.900", TreatmentTier.City)]
    [InlineData("J06.900", TreatmentTier.Village)]
    public void Common_diseases_sit_at_clinically_sensible_tiers(string code, TreatmentTier tier) =>
        Demo.Find(IcdCode.Parse(code))!.Entry.LowestTier.ShouldBe(tier);

    private static IEnumerable<string> StaticCodes(Assembly assembly, string typeName, string fieldName)
    {
        var field = assembly.GetType(typeName)?.GetField(fieldName, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            ?? throw new InvalidOperationException($"{typeName}.{fieldName} is gone; update this test to the generator's new code list");
        return (string[])field.GetValue(null)!;
    }
}
