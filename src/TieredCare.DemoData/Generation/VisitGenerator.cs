using TieredCare.DemoData.Model;
using TieredCare.DemoData.Output;
using TieredCare.Registry;

namespace TieredCare.DemoData.Generation;

/// <summary>
/// Outpatient and emergency visits, day by day and village by village, with the outpatient
/// referrals they carry (up to a hospital on the day of the visit, down to the home township).
/// </summary>
internal sealed class VisitGenerator(DemoWorld world, DemoRandom random, Ledger ledger)
{
    /// <summary>Outpatient and emergency visits per resident and year.</summary>
    public const double VisitsPerResident = 7.1;

    private static readonly string[] ChronicDiagnoses = ["I10.x00x002", "E11.900", "I25.100x003", "I69.300", "J44.100", "M17.900", "I63.900"];
    private readonly PatientStore _patients = world.Patients;
    private readonly DiagnosisPicker _upDiagnoses = new(world.Tables.Diseases, d => d.Per100k * (d.ShareCounty + d.ShareCity));

    public long Run(string visitsPath, ReferralWriter referrals)
    {
        var calendar = world.Calendar;
        var costs = world.Institutions.Select(VisitCost).ToArray();
        var drugShares = world.Institutions.Select(DrugShare).ToArray();
        using var csv = new CsvOut(visitsPath, "visit_id,institution_code,department_code,visit_date,visit_type,patient_id,residence_region_code,insurance_type,total_cost,drug_cost");
        long visitId = 0;
        Span<byte> date = stackalloc byte[10];
        for (var dayIndex = 0; dayIndex < calendar.Days; dayIndex++)
        {
            var day = calendar.Date(dayIndex);
            var dayNumber = day.DayNumber;
            var year = calendar.YearIndex(day);
            var month = calendar.MonthIndex(day);
            var growth = 1 + 0.04 * year;
            CsvOut.WriteDate(date, day);
            var perResident = VisitsPerResident / calendar.DaysInYear(year) * calendar.VisitFactor[dayIndex];
            foreach (var village in world.Villages)
            {
                var count = random.Poisson(village.Population[year] * perResident);
                var choice = village.VisitChoice[Math.Min(year, 1)]!;
                for (var k = 0; k < count; k++)
                {
                    var patient = PickPatient(village, dayNumber);
                    if (patient < 0)
                    {
                        continue;
                    }

                    var institution = village.VisitTargets[choice.Sample(random)];
                    var emergency = random.Chance(institution.IsGrassroots ? 0.015 : 0.11);
                    var department = emergency && institution.EmergencyDepartment >= 0
                        ? institution.EmergencyDepartment
                        : institution.VisitDepartments!.Sample(random);
                    var mean = costs[institution.Index] * (emergency ? 1.5 : 1) * growth;
                    var total = Math.Max(500L, (long)(random.LogNormal(mean, 0.65) * 100));
                    var drug = Math.Min(total, (long)(total * drugShares[institution.Index] * random.Uniform(0.5, 1.5)));

                    csv.Field(++visitId);
                    csv.Field(institution.CodeUtf8);
                    csv.Field(institution.DepartmentUtf8[department]);
                    csv.Field(date);
                    csv.Field(emergency ? "2"u8 : "1"u8);
                    csv.Field(patient + 1L);
                    csv.Field(village.CodeUtf8);
                    csv.Field(_patients.Insurance[patient]);
                    csv.Money(total);
                    csv.Money(drug);
                    csv.EndRow();

                    var slot = institution.Index * calendar.Months + month;
                    ledger.VisitTotal[slot] += total;
                    ledger.VisitDrug[slot] += drug;
                    ledger.Visits[institution.Index * calendar.Years + year]++;
                    if (emergency)
                    {
                        ledger.EmergencyVisits[institution.Index * calendar.Years + year]++;
                    }

                    Referrals(referrals, village, institution, institution.Departments[department], patient, day, emergency);
                }
            }
        }

        return visitId;
    }

    private int PickPatient(Village village, int dayNumber)
    {
        var fallback = -1;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var p = village.FirstPatient + random.Next(village.PatientCount);
            if (_patients.BirthDay[p] > dayNumber || _patients.ActiveUntil[p] <= dayNumber)
            {
                continue;
            }

            fallback = p;
            if (random.Next(256) < _patients.VisitPropensity[p])
            {
                return p;
            }
        }

        return fallback;
    }

    private void Referrals(ReferralWriter referrals, Village village, Institution institution, string department, int patient, DateOnly day, bool emergency)
    {
        var home = village.Township.Centre!;
        var dayNumber = day.DayNumber;
        if (!institution.IsGrassroots)
        {
            if (random.Chance(0.022))
            {
                var from = village.Clinic is not null && random.Chance(0.35) ? village.Clinic : home;
                var submitted = Stamp.At(dayNumber - random.Next(0, 4), 8 * 60 + random.Next(600));
                var accepted = Math.Min(submitted + 20 + random.Next(600), Stamp.At(dayNumber, 7 * 60));
                accepted = Math.Max(accepted, submitted + 5);
                var arrived = Math.Max(Stamp.At(dayNumber, 8 * 60 + random.Next(240)), accepted + 10);
                var completed = arrived + 30 + random.Next(240);
                referrals.Write("up", from, institution, department, patient, Diagnosis(patient, day), emergency, false, "completed", submitted, accepted, arrived, completed);
            }
            else if (_patients.AgeAt(patient, day) >= 45 && random.Chance(0.006))
            {
                var submitted = Stamp.At(dayNumber, 9 * 60 + random.Next(480));
                var accepted = submitted + 30 + random.Next(1440);
                var arrived = Stamp.At(Stamp.Day(accepted) + 1 + random.Next(10), 8 * 60 + random.Next(300));
                var completed = arrived + 20 + random.Next(120);
                referrals.Write("down", institution, home, home.Resolve("03") ?? home.Departments[0], patient, random.Pick(ChronicDiagnoses), false, false,
                    "completed", submitted, accepted, arrived, completed);
            }
            else if (institution.Type == InstitutionType.GeneralHospital && random.Chance(0.0008))
            {
                var peers = institution.County.Hospitals;
                var to = peers[random.Next(peers.Count)];
                if (to != institution)
                {
                    var submitted = Stamp.At(dayNumber, 9 * 60 + random.Next(480));
                    var accepted = submitted + 30 + random.Next(600);
                    var arrived = Stamp.At(Stamp.Day(accepted) + 1 + random.Next(5), 8 * 60 + random.Next(300));
                    referrals.Write("lateral", institution, to, to.Departments[0], patient, Diagnosis(patient, day), false, false, "completed",
                        submitted, accepted, arrived, arrived + 60);
                }
            }

            return;
        }

        if (institution == home && random.Chance(0.0015))
        {
            // Up-referrals that never arrive: rejected, cancelled, expired, or still pending.
            var county = village.Township.County;
            var to = random.Chance(0.7) || world.CityHospitals.Count == 0 ? county.LeadHospital! : random.Pick(world.CityHospitals);
            var submitted = Stamp.At(dayNumber, 8 * 60 + random.Next(600));
            var roll = random.NextDouble();
            var diagnosis = Diagnosis(patient, day);
            var departmentCode = to.Departments[random.Next(to.Departments.Length)];
            if (roll < 0.5)
            {
                referrals.Write("up", institution, to, departmentCode, patient, diagnosis, emergency, false, "rejected", submitted, Stamp.None, Stamp.None, Stamp.None,
                    random.Pick(ReferralWriter.RejectReasons));
            }
            else if (roll < 0.75)
            {
                var accepted = random.Chance(0.5) ? submitted + 60 + random.Next(600) : Stamp.None;
                referrals.Write("up", institution, to, departmentCode, patient, diagnosis, emergency, false, "cancelled", submitted, accepted, Stamp.None, Stamp.None);
            }
            else
            {
                referrals.Write("up", institution, to, departmentCode, patient, diagnosis, emergency, false, "expired", submitted, Stamp.None, Stamp.None, Stamp.None);
            }
        }
    }

    private string Diagnosis(int patient, DateOnly day)
    {
        var age = _patients.AgeAt(patient, day);
        var days = day.DayNumber - _patients.BirthDay[patient];
        return _upDiagnoses.Pick(random, _patients.Sex[patient], age, days).Code;
    }

    private static double VisitCost(Institution institution) => institution.Type switch
    {
        InstitutionType.VillageClinic => 38,
        InstitutionType.CommunityHealthStation => 55,
        InstitutionType.TownshipHealthCenter => 85,
        InstitutionType.CommunityHealthCenter => 105,
        InstitutionType.TcmHospital => institution.Tier == CareTier.City ? 300 : 215,
        InstitutionType.MaternalChildHospital => institution.Tier == CareTier.City ? 260 : 190,
        InstitutionType.SpecialtyHospital => 260,
        InstitutionType.GeneralHospital when institution.Ownership == Ownership.Private => 200,
        InstitutionType.GeneralHospital when institution.Tier == CareTier.City => 360,
        InstitutionType.GeneralHospital => institution.Level == InstitutionLevel.Tertiary ? 290 : 235,
        _ => 100,
    };

    private static double DrugShare(Institution institution) => institution.Type switch
    {
        InstitutionType.VillageClinic or InstitutionType.CommunityHealthStation => 0.6,
        InstitutionType.TownshipHealthCenter or InstitutionType.CommunityHealthCenter => 0.55,
        InstitutionType.TcmHospital => 0.5,
        _ => 0.4,
    };
}
