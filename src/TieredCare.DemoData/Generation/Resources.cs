using TieredCare.DemoData.Model;
using TieredCare.DemoData.Output;
using TieredCare.Registry;

namespace TieredCare.DemoData.Generation;

/// <summary>
/// Beds, staff and monthly finance follow from the activity generated: beds from bed-days and a
/// target occupancy, doctors from visits and beds, revenue from what visits and stays cost.
/// </summary>
internal sealed class Resources(DemoWorld world, DemoRandom random, Ledger visits, Ledger stays)
{
    private readonly int _lastYear = world.Calendar.Years - 1;

    public int[] Beds { get; } = new int[world.Institutions.Count];

    public void ComputeBeds()
    {
        var days = world.Calendar.DaysInYear(_lastYear);
        foreach (var institution in world.Institutions)
        {
            if (!institution.Inpatient)
            {
                continue;
            }

            var occupancy = institution switch
            {
                { Ownership: Ownership.Private } => random.Uniform(0.55, 0.7),
                { Tier: CareTier.City } => random.Uniform(0.88, 0.95),
                { Tier: CareTier.County } => random.Uniform(0.76, 0.88),
                { Type: InstitutionType.TownshipHealthCenter } => random.Uniform(0.4, 0.6),
                _ => random.Uniform(0.35, 0.5),
            };
            var bedDays = stays.BedDays[institution.Index * world.Calendar.Years + _lastYear];
            var beds = bedDays / (double)days / occupancy;
            var step = institution.IsHospital ? 10 : 5;
            Beds[institution.Index] = Math.Max(institution.IsHospital ? 20 : 5, (int)Math.Round(beds / step) * step);
        }
    }

    public long WriteStaff(string path)
    {
        using var csv = new CsvOut(path, "institution_code,category,title,count");
        var population = world.Villages.Sum(v => v.Population[_lastYear]);
        foreach (var institution in world.Institutions)
        {
            var visitCount = visits.Visits[institution.Index * world.Calendar.Years + _lastYear];
            var beds = Beds[institution.Index];
            double doctors, nurses, pharmacists, technicians, managers, other;
            switch (institution.Type)
            {
                case InstitutionType.VillageClinic:
                    doctors = Math.Max(1, visitCount / (300.0 * 22));
                    nurses = random.Chance(0.35) ? 1 : 0;
                    pharmacists = technicians = managers = other = 0;
                    break;
                case InstitutionType.CommunityHealthStation:
                    doctors = Math.Max(1, visitCount / (300.0 * 20));
                    nurses = Math.Max(1, doctors * random.Uniform(0.8, 1.2));
                    pharmacists = random.Chance(0.5) ? 1 : 0;
                    technicians = managers = other = 0;
                    break;
                case InstitutionType.EmergencyCenter:
                    var served = institution.Tier == CareTier.City ? population * 0.5 : institution.County.PatientCount;
                    doctors = Math.Max(4, served / 30_000);
                    nurses = doctors * random.Uniform(1.0, 1.3);
                    pharmacists = 1;
                    technicians = doctors * 0.2;
                    managers = 3 + doctors * 0.1;
                    other = doctors * 1.5; // drivers and stretcher bearers
                    break;
                case InstitutionType.CdcCenter:
                    var area = institution.Tier == CareTier.City ? population * 0.4 : institution.County.PatientCount;
                    doctors = Math.Max(6, area / 10_000);
                    nurses = doctors * 0.2;
                    pharmacists = 1;
                    technicians = doctors * 0.8;
                    managers = 4 + doctors * 0.15;
                    other = doctors * 0.3;
                    break;
                case InstitutionType.TownshipHealthCenter or InstitutionType.CommunityHealthCenter:
                    doctors = Math.Max(4, visitCount / (251.0 * 16) + beds * 0.1);
                    nurses = doctors * random.Uniform(1.0, 1.3);
                    pharmacists = Math.Max(1, doctors * 0.12);
                    technicians = Math.Max(1, doctors * 0.14);
                    managers = Math.Max(1, (doctors + nurses) * 0.05);
                    other = (doctors + nurses) * 0.08;
                    break;
                default:
                    doctors = Math.Max(8, visitCount / (251.0 * 12) + beds * 0.16);
                    nurses = doctors * (institution.Level == InstitutionLevel.Tertiary ? random.Uniform(1.4, 1.7) : random.Uniform(1.3, 1.55));
                    pharmacists = doctors * 0.1;
                    technicians = doctors * 0.16;
                    managers = (doctors + nurses) * 0.06;
                    other = (doctors + nurses) * 0.08;
                    break;
            }

            WriteCategory(csv, institution, StaffCategory.Doctor, doctors);
            WriteCategory(csv, institution, StaffCategory.Nurse, nurses);
            WriteCategory(csv, institution, StaffCategory.Pharmacist, pharmacists);
            WriteCategory(csv, institution, StaffCategory.Technician, technicians);
            WriteCategory(csv, institution, StaffCategory.Manager, managers);
            WriteCategory(csv, institution, StaffCategory.Other, other);
        }

        return csv.Rows;
    }

    private void WriteCategory(CsvOut csv, Institution institution, StaffCategory category, double amount)
    {
        var total = (int)Math.Round(amount);
        if (total <= 0)
        {
            return;
        }

        // senior, associate senior, intermediate, junior, none
        double[] shares = institution switch
        {
            { Type: InstitutionType.VillageClinic } => [0, 0, 0.05, 0.25, 0.7],
            { Type: InstitutionType.CommunityHealthStation } => [0, 0.02, 0.25, 0.55, 0.18],
            { IsGrassroots: true } => [0.01, 0.06, 0.3, 0.48, 0.15],
            { Tier: CareTier.City } => [0.09, 0.2, 0.33, 0.33, 0.05],
            _ => [0.05, 0.15, 0.33, 0.4, 0.07],
        };
        if (category is StaffCategory.Manager or StaffCategory.Other)
        {
            shares = [0, 0.05, 0.25, 0.3, 0.4];
        }

        var counts = new int[5];
        var assigned = 0;
        for (var i = 0; i < 5; i++)
        {
            counts[i] = (int)Math.Floor(total * shares[i] * random.Uniform(0.85, 1.15));
            assigned += counts[i];
        }

        var largest = Array.IndexOf(shares, shares.Max());
        counts[largest] = Math.Max(0, counts[largest] + total - assigned);
        var titles = new[] { StaffTitle.Senior, StaffTitle.AssociateSenior, StaffTitle.Intermediate, StaffTitle.Junior, StaffTitle.None };
        for (var i = 0; i < 5; i++)
        {
            if (counts[i] <= 0)
            {
                continue;
            }

            csv.Field(institution.CodeUtf8);
            csv.Field(Codes.ToCode(category));
            csv.Field(Codes.ToCode(titles[i]));
            csv.Field(counts[i]);
            csv.EndRow();
        }
    }

    public long WriteFinance(string path)
    {
        var calendar = world.Calendar;
        using var csv = new CsvOut(path,
            "institution_code,month,revenue_total,revenue_medical_service,revenue_drug,revenue_consumables,revenue_exam,revenue_lab," +
            "expense_total,expense_operating,expense_personnel,expense_administration");
        var monthText = new byte[10];
        foreach (var institution in world.Institutions)
        {
            var served = institution.Type switch
            {
                InstitutionType.VillageClinic or InstitutionType.CommunityHealthStation =>
                    world.Villages.FirstOrDefault(v => v.Clinic == institution)?.Population[_lastYear] ?? 0,
                InstitutionType.TownshipHealthCenter or InstitutionType.CommunityHealthCenter =>
                    institution.Township?.Villages.Sum(v => v.Population[_lastYear]) ?? 0,
                InstitutionType.EmergencyCenter or InstitutionType.CdcCenter =>
                    institution.Tier == CareTier.City ? world.Villages.Sum(v => v.Population[_lastYear]) / 2 : institution.County.PatientCount,
                _ => 0,
            };
            var subsidyShare = institution.Ownership == Ownership.Private ? 0 : random.Uniform(0.02, 0.04);
            for (var month = 0; month < calendar.Months; month++)
            {
                var slot = institution.Index * calendar.Months + month;
                var visitTotal = visits.VisitTotal[slot];
                var visitDrug = visits.VisitDrug[slot];
                var nonDrug = visitTotal - visitDrug;
                double service = nonDrug * 0.56 + stays.Service[slot];
                double exam = nonDrug * 0.2 + stays.Diagnosis[slot] * 0.55;
                double lab = nonDrug * 0.19 + stays.Diagnosis[slot] * 0.45;
                double consumables = nonDrug * 0.05 + stays.Consumables[slot];
                double drug = visitDrug + stays.Drug[slot];
                var medical = service + exam + lab + consumables + drug + stays.Blood[slot];
                double subsidy;
                switch (institution.Type)
                {
                    case InstitutionType.EmergencyCenter:
                        service += served * 6.0 * 100 / 12; // ambulance and pre-hospital care fees
                        medical = service;
                        subsidy = served * 14.0 * 100 / 12;
                        break;
                    case InstitutionType.CdcCenter:
                        lab += served * 6.0 * 100 / 12; // vaccination-related and occupational testing
                        exam += served * 2.0 * 100 / 12;
                        medical = lab + exam;
                        subsidy = served * 38.0 * 100 / 12;
                        break;
                    default:
                        // Basic public-health service funds (基本公共卫生服务经费) reach grassroots institutions.
                        subsidy = medical * subsidyShare + (institution.IsGrassroots ? served * 89.0 * 100 / 12 * (institution.Type is InstitutionType.VillageClinic or InstitutionType.CommunityHealthStation ? 0.2 : 0.6) : 0);
                        break;
                }

                var other = medical * random.Uniform(0.003, 0.012);
                var revenue = medical + subsidy + other;
                if (revenue <= 0)
                {
                    continue;
                }

                var balance = institution switch
                {
                    { Ownership: Ownership.Private } => random.Uniform(0.88, 1.04),
                    { IsHospital: true } => random.Uniform(0.93, 0.995),
                    _ => random.Uniform(0.95, 1.0),
                };
                var expense = revenue * balance;
                var administration = expense * random.Uniform(0.078, 0.09);
                var otherExpense = expense * random.Uniform(0.01, 0.025);
                var operating = expense - administration - otherExpense;
                var personnel = operating * institution switch
                {
                    { Ownership: Ownership.Private } => random.Uniform(0.32, 0.4),
                    { IsHospital: true } => random.Uniform(0.41, 0.47),
                    _ when VisitChoice.IsPublicHealth(institution) => random.Uniform(0.55, 0.65),
                    _ => random.Uniform(0.5, 0.6),
                };

                var parts = new[] { (long)service, (long)drug, (long)consumables, (long)exam, (long)lab };
                var totalCents = Math.Max((long)revenue, parts.Sum());
                var operatingCents = (long)operating;
                var administrationCents = (long)administration;
                var expenseCents = Math.Max((long)expense, operatingCents + administrationCents);
                csv.Field(institution.CodeUtf8);
                var date = new DateOnly(calendar.FirstYear + month / 12, month % 12 + 1, 1);
                CsvOut.WriteDate(monthText.AsSpan(), date); // yyyy-MM-dd, of which yyyy-MM is written
                csv.Field(monthText.AsSpan(0, 7));
                csv.Money(totalCents);
                foreach (var part in parts)
                {
                    csv.Money(part);
                }

                csv.Money(expenseCents);
                csv.Money(operatingCents);
                csv.Money((long)personnel);
                csv.Money(administrationCents);
                csv.EndRow();
            }
        }

        return csv.Rows;
    }
}
