using TieredCare.DemoData.Model;

namespace TieredCare.DemoData.Tests;

/// <summary>Every ICD-10 and ICD-9-CM-3 code exists in the national sets (the shared CHS-DRG 1.1 dictionaries).</summary>
public sealed class CodeTests(DemoFolder demo)
{
    private static readonly string Missing =
        "The shared code dictionaries are not beside the repository (../shared/data/chs-drg-1.1); code checks skipped.";

    [Fact]
    public void Every_code_of_the_disease_table_is_in_the_shared_dictionaries()
    {
        Assert.SkipUnless(Directory.Exists(DemoFolder.SharedDictionaries()), Missing);
        var icd10 = DemoFolder.ReadCodes("icd10.tsv");
        var icd9 = DemoFolder.ReadCodes("icd9cm3.tsv");
        var tables = DemoTables.Load();
        tables.Diseases.Count.ShouldBeInRange(60, 140);
        foreach (var disease in tables.Diseases)
        {
            icd10.ShouldContain(disease.Code, $"principal diagnosis {disease.Code}");
            foreach (var code in disease.Comorbidities)
            {
                icd10.ShouldContain(code, $"comorbidity {code} of {disease.Code}");
            }

            foreach (var step in disease.Operations.SelectMany(o => o.Steps))
            {
                icd9.ShouldContain(step.Code, $"operation {step.Code} of {disease.Code}");
                step.Level.ShouldNotBeNull();
                step.Level.Value.ShouldBeInRange(1, 4);
            }

            foreach (var code in disease.OtherProcedures)
            {
                icd9.ShouldContain(code, $"procedure {code} of {disease.Code}");
            }

            (disease.ExternalCauses.Count > 0).ShouldBe(disease.IsInjury, $"{disease.Code}: external causes exactly for injuries");
            foreach (var cause in disease.ExternalCauses)
            {
                icd10.ShouldContain(cause.Code, $"external cause {cause.Code} of {disease.Code}");
                "VWXY".ShouldContain(cause.Code[0]);
            }

            (disease.Pathology.Count > 0).ShouldBe(disease.IsNeoplasm, $"{disease.Code}: pathology codes exactly for neoplasms");
            disease.Pathology.ShouldAllBe(p => p.Code.StartsWith('M') && p.Weight > 0, disease.Code);
        }
    }

    [Fact]
    public void Every_code_in_the_generated_files_is_in_the_shared_dictionaries()
    {
        Assert.SkipUnless(Directory.Exists(DemoFolder.SharedDictionaries()), Missing);
        var icd10 = DemoFolder.ReadCodes("icd10.tsv");
        var icd9 = DemoFolder.ReadCodes("icd9cm3.tsv");
        var discharges = demo.Read("discharges.csv");
        foreach (var row in discharges.Rows)
        {
            icd10.ShouldContain(row[discharges["principal_diagnosis"]]);
            foreach (var code in row[discharges["other_diagnoses"]].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                icd10.ShouldContain(code);
            }

            if (row[discharges["external_cause_code"]] is { Length: > 0 } cause)
            {
                icd10.ShouldContain(cause);
            }
        }

        var procedures = demo.Read("discharge_procedures.csv");
        procedures.Rows.ShouldAllBe(r => icd9.Contains(r[procedures["code"]]));
        var referrals = demo.Read("referrals.csv");
        referrals.Rows.ShouldAllBe(r => icd10.Contains(r[referrals["diagnosis_code"]]));
    }
}
