using System.Net.Http.Headers;
using System.Text;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>Discharge abstracts as a hospital uploads them: a CSV header and a row builder (a pneumonia stay whose costs add up).</summary>
internal static class TestAbstracts
{
    public const string Header =
        "medical_record_no,admission_count,institution_code,sex,birth_date,age_years,admission_date,discharge_date,los_days,admission_route,department_code," +
        "principal_diagnosis,other_diagnoses,disposition,receiving_institution,ventilation_hours,cost_service,cost_diagnosis,cost_treatment,cost_surgery," +
        "cost_rehabilitation,cost_tcm,cost_western_drug,cost_chinese_drug,cost_blood,cost_consumables,cost_other,total_cost,self_pay,residence_region_code,insurance_type";

    /// <summary>A 65-year-old man with pneumonia, seven days in the county hospital's internal medicine; the costs add up to the total.</summary>
    public static string Row(string record, string month, string institution = TestRegion.CountyHospital, string total = "6000.00", string los = "7")
    {
        var admitted = DateOnly.Parse(month + "-03", System.Globalization.CultureInfo.InvariantCulture);
        var age = admitted.Year - 1960 - (admitted < new DateOnly(admitted.Year, 5, 1) ? 1 : 0);
        return $"{record},1,{institution},1,1960-05-01,{age},{month}-03,{month}-10,{los},2,03,J18.900,,1,,0," +
            $"800.00,1200.00,1000.00,0,0,0,2500.00,0,0,500.00,0,{total},1200.00,990102001001,2";
    }

    /// <summary>The same stay costing <paramref name="cost"/> 元 (at least 3,500; the difference is in Western drugs), so the classes still add up.</summary>
    public static string RowCosting(string record, string month, decimal cost, string institution = TestRegion.CountyHospital)
    {
        var drugs = (cost - 3500m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var total = cost.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        return Row(record, month, institution).Replace(",2500.00,0,0,500.00,0,6000.00,", $",{drugs},0,0,500.00,0,{total},", StringComparison.Ordinal);
    }

    public static MultipartFormDataContent Upload(string csv, string fileName = "abstracts.csv", string? institution = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        if (institution is not null)
        {
            form.Add(new StringContent(institution), "institution");
        }

        return form;
    }
}
