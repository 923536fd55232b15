using TieredCare.Registry;

namespace TieredCare.DemoData.Tests;

/// <summary>Every code a row points to exists in the folder, so an all-or-nothing import succeeds.</summary>
public sealed class ReferenceTests(DemoFolder demo)
{
    [Fact]
    public void Regions_form_one_tree_under_the_made_up_province()
    {
        var regions = demo.Read("regions.csv");
        var codes = regions.Rows.ToDictionary(r => r[regions["code"]], r => r[regions["level"]], StringComparer.Ordinal);
        foreach (var row in regions.Rows)
        {
            var code = DivisionCode.Parse(row[regions["code"]]);
            code.Value.ShouldStartWith("99", Case.Sensitive, "made-up codes stay outside the real province ranges");
            row[regions["level"]].ShouldBe(code.Level.ToString().ToLowerInvariant());
            var parent = row[regions["parent_code"]];
            if (code.Level == DivisionLevel.Province)
            {
                parent.ShouldBeEmpty();
                continue;
            }

            parent.ShouldBe(code.Parent!.Value.Value);
            codes.ShouldContainKey(parent);
        }

        var population = demo.Read("region_population.csv");
        var byKey = population.Rows.ToDictionary(r => (r[0], r[1]), r => long.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var ((code, year), count) in byKey)
        {
            codes.ShouldContainKey(code);
            var level = DivisionCode.Parse(code).Level;
            if (level == DivisionLevel.Village)
            {
                continue;
            }

            // Each level sums its children.
            var children = byKey.Where(k => k.Key.Item2 == year && DivisionCode.Parse(k.Key.Item1).Parent?.Value == code).Sum(k => k.Value);
            children.ShouldBe(count, $"population of {code} in {year}");
        }
    }

    [Fact]
    public void Institutions_networks_and_departments_resolve()
    {
        var regions = demo.Read("regions.csv").Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var institutions = demo.Read("institutions.csv");
        var codes = institutions.Rows.Select(r => r[institutions["code"]]).ToHashSet(StringComparer.Ordinal);
        codes.Count.ShouldBe(institutions.Rows.Count, "institution codes are unique");
        foreach (var row in institutions.Rows)
        {
            row[institutions["code"]].ShouldMatch("^[A-Z0-9]{4,32}$");
            regions.ShouldContain(row[institutions["region_code"]]);
            Codes.TryParse<InstitutionType>(row[institutions["type"]], out _).ShouldBeTrue();
            Codes.TryParse<InstitutionLevel>(row[institutions["level"]], out _).ShouldBeTrue();
            Codes.TryParse<InstitutionGrade>(row[institutions["grade"]], out _).ShouldBeTrue();
            Codes.TryParse<Ownership>(row[institutions["ownership"]], out _).ShouldBeTrue();
            Codes.TryParse<CareTier>(row[institutions["tier"]], out _).ShouldBeTrue();
            foreach (var service in row[institutions["shared_services"]].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                Codes.TryParse<SharedService>(service, out _).ShouldBeTrue(service);
            }
        }

        var types = institutions.Rows.Select(r => r[institutions["type"]]).ToHashSet(StringComparer.Ordinal);
        types.Count.ShouldBe(Enum.GetValues<InstitutionType>().Length, "every institution type occurs");

        var networks = demo.Read("networks.csv");
        var leads = networks.Rows.ToDictionary(r => r[networks["code"]], r => r[networks["lead_institution_code"]], StringComparer.Ordinal);
        foreach (var row in networks.Rows)
        {
            codes.ShouldContain(row[networks["lead_institution_code"]]);
            regions.ShouldContain(row[networks["region_code"]]);
            Codes.TryParse<NetworkType>(row[networks["type"]], out _).ShouldBeTrue();
        }

        networks.Rows.Select(r => r[networks["type"]]).Distinct().Count().ShouldBe(4, "all four network types occur");
        var members = demo.Read("network_members.csv");
        var typeOf = networks.Rows.ToDictionary(r => r[0], r => r[networks["type"]], StringComparer.Ordinal);
        foreach (var row in members.Rows)
        {
            leads.ShouldContainKey(row[0]);
            codes.ShouldContain(row[1]);
        }

        foreach (var (network, lead) in leads)
        {
            members.Rows.ShouldContain(r => r[0] == network && r[1] == lead, $"the lead of {network} is a member");
        }

        members.Rows.GroupBy(r => r[1]).ShouldContain(g => g.Select(r => typeOf[r[0]]).Distinct().Count() >= 2,
            "some institutions belong to networks of different types");

        var departments = demo.Read("departments.csv");
        departments.Rows.ShouldAllBe(r => codes.Contains(r[0]));
        var offered = departments.Rows.Select(r => (r[0], r[1])).ToHashSet();
        var visits = CsvTable.Stream(demo.File("visits.csv"), out var header);
        var institution = Array.IndexOf(header, "institution_code");
        var department = Array.IndexOf(header, "department_code");
        foreach (var row in visits.Take(200_000))
        {
            offered.ShouldContain((row[institution], row[department]));
        }
    }

    [Fact]
    public void Activity_points_to_known_patients_institutions_and_villages()
    {
        var institutions = demo.Read("institutions.csv").Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var villages = demo.Read("regions.csv").Rows.Where(r => r[2] == "village").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var patients = demo.Read("patients.csv");
        var residence = patients.Rows.ToDictionary(r => r[0], r => r[patients["residence_region_code"]], StringComparer.Ordinal);

        var visits = CsvTable.Stream(demo.File("visits.csv"), out var header);
        int Col(string name) => Array.IndexOf(header, name);
        var (vi, vp, vr) = (Col("institution_code"), Col("patient_id"), Col("residence_region_code"));
        long count = 0;
        foreach (var row in visits)
        {
            count++;
            if (!institutions.Contains(row[vi]) || residence.GetValueOrDefault(row[vp]) != row[vr] || !villages.Contains(row[vr]))
            {
                Assert.Fail($"visit {row[0]} points to an unknown institution, patient or residence");
            }
        }

        count.ShouldBeGreaterThan(1_000_000);
        var discharges = demo.Read("discharges.csv");
        foreach (var row in discharges.Rows)
        {
            institutions.ShouldContain(row[discharges["institution_code"]]);
            residence[row[discharges["patient_id"]]].ShouldBe(row[discharges["residence_region_code"]]);
        }

        var referrals = demo.Read("referrals.csv");
        var statuses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in referrals.Rows)
        {
            institutions.ShouldContain(row[referrals["from_institution_code"]]);
            institutions.ShouldContain(row[referrals["to_institution_code"]]);
            residence.ShouldContainKey(row[referrals["patient_id"]]);
            var status = row[referrals["status"]];
            statuses.Add(status);
            row[referrals["submitted_at"]].ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$");
            (row[referrals["reject_reason"]].Length > 0).ShouldBe(status == "rejected");
            if (status == "completed")
            {
                string.CompareOrdinal(row[referrals["submitted_at"]], row[referrals["accepted_at"]]).ShouldBeLessThanOrEqualTo(0);
                string.CompareOrdinal(row[referrals["accepted_at"]], row[referrals["arrived_at"]]).ShouldBeLessThanOrEqualTo(0);
                string.CompareOrdinal(row[referrals["arrived_at"]], row[referrals["completed_at"]]).ShouldBeLessThanOrEqualTo(0);
            }
        }

        statuses.ShouldContain("completed");
        statuses.ShouldContain("rejected");
        referrals.Rows.Select(r => r[referrals["direction"]]).Distinct().Count().ShouldBe(3);
        referrals.Rows.ShouldContain(r => r[referrals["direction"]] == "down" && r[referrals["is_inpatient"]] == "true");
    }
}
