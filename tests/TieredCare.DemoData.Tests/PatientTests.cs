using TieredCare.Patients;
using TieredCare.Registry;

namespace TieredCare.DemoData.Tests;

public sealed class PatientTests(DemoFolder demo)
{
    [Fact]
    public void Every_resident_id_is_valid_and_agrees_with_the_row()
    {
        var patients = demo.Read("patients.csv");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var today = new DateOnly(2026, 1, 1);
        foreach (var row in patients.Rows)
        {
            var text = row[patients["resident_id"]];
            ResidentId.TryParse(text, today, out var id, out var error, p => p == "99").ShouldBeTrue(error);
            id.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(row[patients["birth_date"]]);
            ((int)id.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(row[patients["sex"]]);
            id.DivisionPrefix.ShouldBe(row[patients["residence_region_code"]][..6]);
            seen.Add(id.Value).ShouldBeTrue($"resident ID {id.Value} is used twice");
        }

        patients.Rows.Count.ShouldBeGreaterThan(90_000);
    }

    [Fact]
    public void Names_phones_and_residences_look_right()
    {
        var patients = demo.Read("patients.csv");
        var villages = demo.Read("regions.csv").Rows.Where(r => r[2] == "village").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in patients.Rows)
        {
            var name = row[patients["name"]];
            name.Length.ShouldBeInRange(2, 4);
            name.ShouldAllBe(c => c >= '\u4e00' && c <= '\u9fff');
            surnames[name[..1]] = surnames.GetValueOrDefault(name[..1]) + 1;
            var phone = row[patients["phone"]];
            if (phone.Length > 0)
            {
                phone.Length.ShouldBe(11);
                phone.ShouldAllBe(c => char.IsAsciiDigit(c));
                phone.ShouldStartWith("1");
            }

            villages.ShouldContain(row[patients["residence_region_code"]]);
            DivisionCode.Parse(row[patients["residence_region_code"]]).Level.ShouldBe(DivisionLevel.Village);
        }

        // Family names follow their frequency: 王, 李, 张 lead, and no name dominates.
        var top = surnames.OrderByDescending(s => s.Value).Take(5).Select(s => s.Key).ToList();
        top.ShouldContain("王");
        top.ShouldContain("李");
        (surnames.Values.Max() / (double)patients.Rows.Count).ShouldBeLessThan(0.12);
    }
}
