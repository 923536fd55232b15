using System.Globalization;
using TieredCare.DemoData.Model;
using TieredCare.DemoData.Output;
using TieredCare.Patients;

namespace TieredCare.DemoData.Generation;

/// <summary>
/// Creates the residents (the master patient index) village by village and writes patients.csv.
/// Names come from the project's surname and given-name tables, family name first.
/// </summary>
internal sealed class PatientGenerator(DemoTables tables, DemoCalendar calendar, DemoRandom random)
{
    // Share of the population by five-year age group, 0–4 … 95–99 (urban); rural areas are older.
    private static readonly double[] AgeGroups =
        [4.6, 5.0, 4.7, 4.5, 5.2, 7.2, 9.2, 8.0, 7.2, 7.8, 8.0, 6.8, 5.2, 5.0, 3.6, 2.3, 1.5, 0.8, 0.3, 0.08];

    private readonly AliasTable _surnames = new(tables.Surnames.Select(s => s.PerMille).ToList());
    private readonly AliasTable _urbanAges = AgeTable(rural: false);
    private readonly AliasTable _ruralAges = AgeTable(rural: true);
    private readonly Dictionary<(char Sex, char Era), (string[] Chars, AliasTable Table)> _given = BuildGiven(tables);

    public PatientStore Generate(IReadOnlyList<County> counties, string path)
    {
        var total = counties.Sum(c => c.Villages.Sum(v => v.Population[^1]));
        var store = new PatientStore(total);
        var reference = calendar.End;
        var lastYear = reference.Year;
        var minDay = new DateOnly(lastYear - 101, 1, 1).DayNumber;
        var infantFrom = calendar.Start.DayNumber - 60;
        using var csv = new CsvOut(path, "patient_id,resident_id,name,sex,birth_date,residence_region_code,phone");
        foreach (var county in counties)
        {
            county.FirstPatient = store.Count;
            var sequences = new byte[(reference.DayNumber - minDay + 2) * 2];
            var infants = new List<int>();
            foreach (var village in county.Villages)
            {
                village.FirstPatient = store.Count;
                var ages = village.IsCommunity ? _urbanAges : _ruralAges;
                for (var k = 0; k < village.Population[^1]; k++)
                {
                    var p = store.Count++;
                    var age = ages.Sample(random);
                    var male = random.Chance(age < 60 ? 0.515 : age < 80 ? 0.48 : 0.40);
                    var sex = male ? Sex.Male : Sex.Female;
                    var year = lastYear - age;
                    var birth = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
                    int sequence;
                    while (true)
                    {
                        var slot = (birth.DayNumber - minDay) * 2 + (male ? 1 : 0);
                        if (sequences[slot] < 100)
                        {
                            sequence = sequences[slot]++;
                            break;
                        }

                        birth = birth.AddDays(birth.DayNumber > minDay + 400 ? -1 : 1);
                    }

                    store.BirthDay[p] = birth.DayNumber;
                    store.Sex[p] = (byte)sex;
                    store.Village[p] = village.Index;
                    store.Insurance[p] = Insurance(age, village.IsCommunity);
                    store.VisitPropensity[p] = Propensity(age);
                    store.ActiveUntil[p] = int.MaxValue;
                    if (birth.DayNumber >= infantFrom)
                    {
                        infants.Add(p);
                    }

                    var id = ResidentId.Create(county.Prefix, birth, sequence, sex);
                    csv.Field(p + 1L);
                    csv.Field(id.Value);
                    csv.Field(Name(male, year));
                    csv.Field((long)sex);
                    csv.Date(birth);
                    csv.Field(village.CodeUtf8);
                    if (random.Chance(0.95))
                    {
                        // 140 + 8 digits: eleven digits, but a prefix never given to voice mobile numbers.
                        csv.Field(string.Create(CultureInfo.InvariantCulture, $"140{random.Next(100_000_000):00000000}"));
                    }
                    else
                    {
                        csv.Empty();
                    }

                    csv.EndRow();
                }

                village.PatientCount = store.Count - village.FirstPatient;
            }

            county.PatientCount = store.Count - county.FirstPatient;
            county.Infants = infants.OrderBy(p => store.BirthDay[p]).ThenBy(p => p).ToArray();
        }

        return store;
    }

    private string Name(bool male, int birthYear)
    {
        var surname = tables.Surnames[_surnames.Sample(random)].Surname;
        var era = birthYear < 1965 ? 'o' : birthYear < 1990 ? 'm' : 'y';
        var (chars, table) = _given[(male ? 'm' : 'f', era)];
        var single = random.Chance(era == 'y' ? 0.15 : 0.3);
        var first = chars[table.Sample(random)];
        if (single)
        {
            return surname + first;
        }

        string second;
        do
        {
            second = chars[table.Sample(random)];
        }
        while (second == first && !random.Chance(0.1));

        return string.Concat(surname, first, second);
    }

    private byte Insurance(int age, bool urban)
    {
        var roll = random.NextDouble();
        if (age < 18)
        {
            return roll switch { < 0.93 => 2, < 0.95 => 5, < 0.98 => 7, _ => 9 };
        }

        if (urban)
        {
            return roll switch { < 0.55 => 1, < 0.93 => 2, < 0.95 => 6, < 0.98 => 7, < 0.99 => 5, _ => 8 };
        }

        return roll switch { < 0.15 => 1, < 0.87 => 2, < 0.93 => 3, < 0.95 => 4, < 0.98 => 7, _ => 9 };
    }

    private byte Propensity(int age)
    {
        var byAge = age switch { < 5 => 0.9, < 15 => 0.45, < 45 => 0.35, < 60 => 0.55, < 75 => 0.85, _ => 1.0 };
        var personal = Math.Clamp(random.LogNormal(1, 0.8), 0.1, 2.5);
        return (byte)Math.Clamp(Math.Round(byAge * personal * 100), 1, 255);
    }

    private static AliasTable AgeTable(bool rural)
    {
        var weights = new double[100];
        for (var age = 0; age < 100; age++)
        {
            var w = AgeGroups[age / 5] / 5;
            if (rural)
            {
                w *= age switch { < 15 => 0.95, >= 20 and < 45 => 0.75, >= 55 => 1.3, _ => 1.0 };
            }

            weights[age] = w;
        }

        return new AliasTable(weights);
    }

    private static Dictionary<(char, char), (string[], AliasTable)> BuildGiven(DemoTables tables)
    {
        var result = new Dictionary<(char, char), (string[], AliasTable)>();
        foreach (var sex in "mf")
        {
            foreach (var era in "omy")
            {
                var pool = tables.GivenNameChars
                    .Where(g => (g.Sex == sex || g.Sex == 'u') && g.Eras.Contains(era, StringComparison.Ordinal))
                    .ToList();
                result[(sex, era)] = (pool.Select(g => g.Char).ToArray(), new AliasTable(pool.Select(g => g.Weight).ToList()));
            }
        }

        return result;
    }
}
