using System.Text;
using TieredCare.DemoData.Model;
using TieredCare.DemoData.Output;
using TieredCare.Registry;

namespace TieredCare.DemoData.Generation;

/// <summary>A death planned before any row is written, so that no visit or stay follows it.</summary>
internal readonly record struct DeathEvent(int Day, int County, int Patient, int Disease, int Los);

/// <summary>
/// Discharge abstracts (住院病案首页) with their procedures, day by day and county by county,
/// and the inpatient referrals they imply: transferred in (入院途径 3), transferred out (离院方式 2)
/// and sent down to the township or community (离院方式 3).
/// </summary>
internal sealed class DischargeGenerator
{
    private const int Classes = 10; // service, diagnosis, treatment, rehabilitation, tcm, western, chinese, blood, consumables, other

    // Shares of the ten cost classes: service, diagnosis, treatment, rehabilitation, tcm, western drugs, chinese drugs, blood, consumables, other.
    private static readonly double[] MedicalCosts = [0.17, 0.21, 0.15, 0.01, 0.02, 0.27, 0.05, 0.005, 0.09, 0.025];
    private static readonly double[] SurgicalCosts = [0.12, 0.13, 0.31, 0.01, 0.01, 0.16, 0.02, 0.015, 0.2, 0.025];
    private static readonly double[] ObstetricCosts = [0.22, 0.2, 0.2, 0, 0.01, 0.18, 0.01, 0.005, 0.15, 0.025];
    private static readonly double[] ChemotherapyCosts = [0.06, 0.16, 0.05, 0, 0.01, 0.62, 0.03, 0.01, 0.04, 0.02];
    private static readonly double[] RadiotherapyCosts = [0.08, 0.12, 0.55, 0, 0.01, 0.15, 0.02, 0, 0.05, 0.02];
    private static readonly double[] RehabilitationCosts = [0.18, 0.1, 0.12, 0.3, 0.08, 0.12, 0.05, 0, 0.03, 0.02];

    internal static readonly string[] GeneralComorbidities = ["I10.x00x002", "E11.900", "E78.500", "I25.100x003", "K29.700", "I67.200"];
    private static readonly string[] EmergencyPrefixes = ["I21", "I60", "I61", "I63", "J96", "K35", "K56", "K85", "K92", "I26", "S", "P"];

    private readonly DemoWorld _world;
    private readonly DemoRandom _random;
    private readonly QualityDefects _defects;
    private readonly Ledger _ledger;
    private readonly PatientStore _patients;
    private readonly IReadOnlyList<Disease> _diseases;
    private readonly AliasTable _diseaseTable;
    private readonly double _perResident;
    private readonly Institution[][][] _countyCandidates;
    private readonly AliasTable?[][] _countyTables;
    private readonly Institution[][] _cityCandidates;
    private readonly AliasTable?[] _cityTables;
    private readonly Institution[][][] _localCityCandidates;
    private readonly AliasTable?[][] _localCityTables;
    private readonly int[] _lastDischarge;
    private readonly long[] _mrnCounter;
    private readonly Dictionary<long, (long Mrn, int Count)> _records = [];
    private readonly double[] _weights = new double[Classes];
    private readonly long[] _cents = new long[Classes];
    private readonly List<string> _others = new(8);
    private readonly List<(string Code, int? Level, int Day)> _procedures = new(6);
    private readonly StringBuilder _joined = new(64);

    /// <param name="coding">The stream for coding details and quality defects, apart from <paramref name="random"/> so that they do not shift the rest.</param>
    public DischargeGenerator(DemoWorld world, DemoRandom random, DemoRandom coding, Ledger ledger)
    {
        _world = world;
        _random = random;
        _defects = new QualityDefects(coding);
        _ledger = ledger;
        _patients = world.Patients;
        _diseases = world.Tables.Diseases;
        _diseaseTable = new AliasTable(_diseases.Select(d => d.Per100k).ToList());
        _perResident = _diseases.Sum(d => d.Per100k) / 100_000;
        _lastDischarge = new int[_patients.Count];
        _mrnCounter = world.Institutions.Select(_ => 10_000_000L + random.Next(5_000_000)).ToArray();

        _countyCandidates = new Institution[_diseases.Count][][];
        _countyTables = new AliasTable?[_diseases.Count][];
        _cityCandidates = new Institution[_diseases.Count][];
        _cityTables = new AliasTable?[_diseases.Count];
        _localCityCandidates = new Institution[_diseases.Count][][];
        _localCityTables = new AliasTable?[_diseases.Count][];
        foreach (var disease in _diseases)
        {
            _countyCandidates[disease.Index] = new Institution[world.Counties.Count][];
            _countyTables[disease.Index] = new AliasTable?[world.Counties.Count];
            foreach (var county in world.Counties)
            {
                (_countyCandidates[disease.Index][county.Index], _countyTables[disease.Index][county.Index]) = Candidates(county.Hospitals, disease);
            }

            (_cityCandidates[disease.Index], _cityTables[disease.Index]) = Candidates(world.CityHospitals, disease);
            _localCityCandidates[disease.Index] = new Institution[world.Counties.Count][];
            _localCityTables[disease.Index] = new AliasTable?[world.Counties.Count];
            foreach (var county in world.Counties)
            {
                (_localCityCandidates[disease.Index][county.Index], _localCityTables[disease.Index][county.Index]) =
                    Candidates(world.CityHospitals.Where(h => h.County == county), disease);
            }
        }
    }

    public long Procedures { get; private set; }

    /// <summary>Chooses who dies in hospital, when, and of what; marks them inactive from that admission on.</summary>
    public static List<DeathEvent> PlanDeaths(DemoWorld world, DemoRandom random)
    {
        var diseases = world.Tables.Diseases;
        var table = new AliasTable(diseases.Select(d => d.IsNewborn ? 0 : d.Per100k * d.Mortality).ToList());
        var rate = diseases.Where(d => !d.IsNewborn).Sum(d => d.Per100k * d.Mortality) / 100_000;
        var patients = world.Patients;
        var calendar = world.Calendar;
        var events = new List<DeathEvent>();
        foreach (var county in world.Counties)
        {
            for (var year = 0; year < calendar.Years; year++)
            {
                var population = county.Villages.Sum(v => v.Population[year]);
                var count = random.Poisson(population * rate);
                var yearStart = new DateOnly(calendar.FirstYear + year, 1, 1).DayNumber;
                for (var n = 0; n < count; n++)
                {
                    var disease = diseases[table.Sample(random)];
                    var day = yearStart + random.Next(calendar.DaysInYear(year));
                    var los = Math.Max(1, (int)Math.Round(random.LogNormal(disease.LosMean * 0.8, disease.LosCv)));
                    var admission = day - los;
                    for (var attempt = 0; attempt < 200; attempt++)
                    {
                        var p = county.FirstPatient + random.Next(county.PatientCount);
                        if (patients.ActiveUntil[p] != int.MaxValue || patients.BirthDay[p] > admission)
                        {
                            continue;
                        }

                        var age = patients.AgeAt(p, DateOnly.FromDayNumber(admission));
                        if (!DiagnosisPicker.Fits(disease, patients.Sex[p], age, admission - patients.BirthDay[p]) || !random.Chance(AgeWeight(disease, age)))
                        {
                            continue;
                        }

                        patients.ActiveUntil[p] = admission;
                        events.Add(new DeathEvent(day, county.Index, p, disease.Index, los));
                        break;
                    }
                }
            }
        }

        return events.OrderBy(e => e.Day).ThenBy(e => e.County).ThenBy(e => e.Patient).ToList();
    }

    public long Run(string dischargesPath, string proceduresPath, ReferralWriter referrals, IReadOnlyList<DeathEvent> deaths)
    {
        var calendar = _world.Calendar;
        using var csv = new CsvOut(dischargesPath,
            "abstract_id,institution_code,medical_record_no,admission_count,patient_id,sex,birth_date,age_years,age_days,newborn_weight_g," +
            "admission_date,discharge_date,los_days,admission_route,department_code,principal_diagnosis,other_diagnoses,disposition," +
            "receiving_institution,ventilation_hours,cost_service,cost_diagnosis,cost_treatment,cost_surgery,cost_rehabilitation,cost_tcm," +
            "cost_western_drug,cost_chinese_drug,cost_blood,cost_consumables,cost_other,total_cost,self_pay,residence_region_code,insurance_type," +
            "external_cause_code,pathology_code");
        using var procedures = new CsvOut(proceduresPath, "abstract_id,sequence,code,surgery_level,date");
        var populations = _world.Counties.Select(c => Enumerable.Range(0, calendar.Years).Select(y => c.Villages.Sum(v => v.Population[y])).ToArray()).ToArray();
        var nextDeath = 0;
        long abstractId = 0;
        for (var dayIndex = 0; dayIndex < calendar.Days; dayIndex++)
        {
            var day = calendar.Date(dayIndex);
            var year = calendar.YearIndex(day);
            var expected = _perResident / calendar.DaysInYear(year) * calendar.DischargeFactor[dayIndex];
            foreach (var county in _world.Counties)
            {
                var count = _random.Poisson(populations[county.Index][year] * expected);
                for (var k = 0; k < count; k++)
                {
                    if (Ordinary(county, day, ++abstractId, csv, procedures, referrals) is false)
                    {
                        abstractId--;
                    }
                }

                while (nextDeath < deaths.Count && deaths[nextDeath].Day == day.DayNumber && deaths[nextDeath].County == county.Index)
                {
                    var death = deaths[nextDeath++];
                    var disease = _diseases[death.Disease];
                    var institution = Choose(disease, death.Patient, hospitalOnly: true);
                    if (institution is not null)
                    {
                        Write(++abstractId, institution, disease, death.Patient, day, death.Los, died: true, csv, procedures, referrals);
                    }
                }
            }
        }

        return abstractId;
    }

    private bool Ordinary(County county, DateOnly day, long abstractId, CsvOut csv, CsvOut procedures, ReferralWriter referrals)
    {
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var disease = _diseases[_diseaseTable.Sample(_random)];
            if (disease.Season != '-' && !_random.Chance(DemoCalendar.SeasonFactor(disease.Season, day) / 1.35))
            {
                continue;
            }

            int patient;
            int los;
            if (disease.IsNewborn)
            {
                los = SampleLos(disease, 1.0);
                patient = PickInfant(county, day.DayNumber - los);
            }
            else
            {
                patient = PickPatient(county, disease, day);
                los = 0;
            }

            if (patient < 0)
            {
                continue;
            }

            var institution = Choose(disease, patient, hospitalOnly: false);
            if (institution is null)
            {
                continue;
            }

            if (los == 0)
            {
                los = SampleLos(disease, LosFactor(institution));
            }

            var admission = los == 1 && _random.Chance(0.4) ? day.DayNumber : day.DayNumber - los;
            if (admission <= _lastDischarge[patient] || _patients.BirthDay[patient] > admission || _patients.ActiveUntil[patient] <= day.DayNumber)
            {
                continue;
            }

            var admissionDate = DateOnly.FromDayNumber(admission);
            if (!DiagnosisPicker.Fits(disease, _patients.Sex[patient], _patients.AgeAt(patient, admissionDate), admission - _patients.BirthDay[patient]))
            {
                continue;
            }

            Write(abstractId, institution, disease, patient, day, los, died: false, csv, procedures, referrals, admission);
            return true;
        }

        return false;
    }

    private void Write(
        long abstractId, Institution institution, Disease disease, int patient, DateOnly day, int los, bool died,
        CsvOut csv, CsvOut procedureCsv, ReferralWriter referrals, int admission = int.MinValue)
    {
        var calendar = _world.Calendar;
        if (admission == int.MinValue)
        {
            admission = day.DayNumber - los;
        }

        var admissionDate = DateOnly.FromDayNumber(admission);
        var sex = _patients.Sex[patient];
        var birth = DateOnly.FromDayNumber(_patients.BirthDay[patient]);
        var age = _patients.AgeAt(patient, admissionDate);
        int? ageDays = age == 0 ? admission - birth.DayNumber : null;
        var village = _world.Villages[_patients.Village[patient]];
        var home = village.Township.Centre!;
        var year = calendar.YearIndex(day);
        _lastDischarge[patient] = day.DayNumber;

        // Record number and admission count: stable per patient and institution.
        var key = ((long)institution.Index << 32) | (uint)patient;
        (long Mrn, int Count) record;
        if (_records.TryGetValue(key, out var known))
        {
            record = (known.Mrn, known.Count + 1);
        }
        else
        {
            record = (++_mrnCounter[institution.Index], 1 + (age >= 50 && _random.Chance(0.2) ? 1 + _random.Next(3) : 0));
        }

        _records[key] = record;

        // Procedures: the operation first, then diagnostic and supportive procedures.
        _procedures.Clear();
        var maxLevel = MaxSurgeryLevel(institution);
        Operation? operation = null;
        var operationFactor = institution.IsGrassroots ? 0.6 : institution.Level == InstitutionLevel.Tertiary ? 1.36 : 1;
        if (disease.Operations.Count > 0 && _random.Chance(disease.OperationRate * operationFactor))
        {
            operation = PickOperation(disease, maxLevel, institution.Level == InstitutionLevel.Tertiary);
        }

        if (operation is not null)
        {
            var opDay = admission + _random.Next(Math.Min(3, Math.Max(1, los)));
            opDay = Math.Min(opDay, day.DayNumber);
            foreach (var step in operation.Steps)
            {
                _procedures.Add((step.Code, step.Level, opDay));
            }
        }

        var ventilation = 0;
        foreach (var code in disease.OtherProcedures)
        {
            var chance = code switch
            {
                "99.2500" or "92.2400" => 1.0,
                "73.5900x002" => 1.0, // a vaginal delivery is always coded with its delivery procedure
                "39.9500" => 0.7,
                "96.7100" or "96.7200" or "96.0400" => institution.IsGrassroots ? 0 : died ? 0.6 : 0.12,
                _ => 0.45,
            };
            if (_procedures.Count >= 4 || !_random.Chance(chance))
            {
                continue;
            }

            if (code == "96.7200" && los < 5)
            {
                continue;
            }

            if (code is "96.7100" or "96.7200")
            {
                if (ventilation > 0)
                {
                    continue;
                }

                ventilation = code == "96.7100" ? _random.Next(6, Math.Min(96, Math.Max(7, los * 24))) : _random.Next(96, Math.Max(97, Math.Min(480, los * 24)));
            }

            _procedures.Add((code, null, admission + _random.Next(Math.Max(1, Math.Min(los, day.DayNumber - admission + 1)))));
        }

        // Other diagnoses: the disease's usual companions, and common chronic conditions with age.
        _others.Clear();
        var mean = age >= 65 ? 2.2 : age >= 45 ? 1.3 : age >= 15 ? 0.6 : 0.3;
        var wanted = Math.Min(6, _random.Poisson(mean));
        for (var attempt = 0; attempt < wanted * 3 && _others.Count < wanted; attempt++)
        {
            var code = disease.Comorbidities.Count > 0 && (age < 45 || _random.Chance(0.6))
                ? _random.Pick(disease.Comorbidities)
                : age >= 45 ? _random.Pick(GeneralComorbidities) : null;
            if (code is null || code == disease.Code || _others.Contains(code) || !CodeRules.Allowed(code, sex, age, ageDays))
            {
                continue;
            }

            _others.Add(code);
        }

        // Costs by the ten classes, exact to the fen.
        var tierFactor = CostFactor(institution);
        var expectedLos = disease.LosMean * LosFactor(institution);
        var opFactor = operation is not null ? 0.85 + 0.1 * operation.Level : disease.OperationRate >= 0.5 ? 0.55 : 1.0;
        var total = disease.CostMean * tierFactor * (1 + 0.035 * year) * _random.LogNormal(1, 0.3) * Math.Sqrt(los / expectedLos) * opFactor * (died ? 1.3 : 1);
        var totalCents = Math.Max(30_000L, (long)(total * 100));
        SplitCosts(disease, institution, operation is not null, totalCents);
        var surgery = operation is not null ? Math.Max(1, (long)(_cents[2] * _random.Uniform(0.45, 0.75))) : 0;
        var insurance = _patients.Insurance[patient];
        var selfPay = insurance == 7 ? totalCents : (long)(totalCents * SelfPayShare(insurance));

        // Discharge disposition, admission route and the referrals they carry.
        var disposition = died ? 5 : Disposition(institution, disease, age);
        Institution? receiving = null;
        if (disposition == 2)
        {
            receiving = TransferTarget(institution, disease);
            if (receiving is null)
            {
                disposition = 1;
            }
        }
        else if (disposition == 3)
        {
            receiving = home != institution && home.Inpatient ? home : null;
            if (receiving is null)
            {
                disposition = 1;
            }
        }

        var route = AdmissionRoute(institution, disease, died);
        var department = institution.Resolve(disease.Department) ?? institution.Departments[0];

        // Coding details, and the slips of a real abstract feed (QualityDefects); the ledger and referrals keep the true values.
        var defects = _defects.Choose(disease, _procedures.Count > 0, disposition);
        var externalCause = disease.IsInjury && (defects & Defect.MissingExternalCause) == 0 ? _defects.Pick(disease.ExternalCauses) : null;
        var pathology = disease.IsNeoplasm && (defects & Defect.MissingPathology) == 0 ? _defects.Pick(disease.Pathology) : null;
        var stay = Math.Max(1, day.DayNumber - admission);
        var typoClass = (defects & Defect.CostTypo) != 0 ? _defects.TypoClass(_cents) : -1;
        var typo = typoClass >= 0 ? _defects.Mistype(_cents[typoClass]) : 0;

        csv.Field(abstractId);
        csv.Field(institution.CodeUtf8);
        csv.Field(record.Mrn);
        csv.Field(record.Count);
        csv.Field(patient + 1L);
        csv.Field((long)sex);
        csv.Date(birth);
        csv.Field(age);
        if (ageDays is { } days)
        {
            csv.Field(days);
        }
        else
        {
            csv.Empty();
        }

        if (ageDays is <= 28)
        {
            csv.Field(BirthWeight(disease));
        }
        else
        {
            csv.Empty();
        }

        csv.Date(admissionDate);
        csv.Date(day);
        csv.Field((defects & Defect.LosOffByOne) != 0 ? _defects.MistypeLos(stay) : stay);
        csv.Field(route);
        csv.Field(department);
        csv.Field(disease.Code);
        _joined.Clear();
        foreach (var other in _others)
        {
            if (_joined.Length > 0)
            {
                _joined.Append('|');
            }

            _joined.Append(other);
        }

        csv.Field(_joined.ToString());
        csv.Field((defects & Defect.DispositionOther) != 0 ? 9 : disposition);
        csv.Field((defects & Defect.MissingReceiving) != 0 ? null : receiving?.Name);
        csv.Field(ventilation);
        for (var i = 0; i < Classes; i++)
        {
            csv.Money(i == typoClass ? typo : _cents[i]);
            if (i == 2)
            {
                csv.Money(surgery);
            }
        }

        csv.Money(totalCents);
        csv.Money(selfPay);
        csv.Field(village.CodeUtf8);
        csv.Field(insurance);
        csv.Field(externalCause);
        csv.Field(pathology);
        csv.EndRow();

        for (var i = 0; i < _procedures.Count; i++)
        {
            var (code, level, date) = _procedures[i];
            procedureCsv.Field(abstractId);
            procedureCsv.Field(i + 1);
            procedureCsv.Field(code);
            if (level is { } l)
            {
                procedureCsv.Field(l);
            }
            else
            {
                procedureCsv.Empty();
            }

            var late = i == _procedures.Count - 1 && (defects & Defect.ProcedureAfterDischarge) != 0;
            procedureCsv.Date(DateOnly.FromDayNumber(late ? day.DayNumber + 1 : Math.Clamp(date, admission, day.DayNumber)));
            procedureCsv.EndRow();
            Procedures++;
        }

        var month = calendar.MonthIndex(day);
        var slot = institution.Index * calendar.Months + month;
        _ledger.Service[slot] += _cents[0] + _cents[2] + _cents[3] + _cents[4] + _cents[9];
        _ledger.Diagnosis[slot] += _cents[1];
        _ledger.Drug[slot] += _cents[5] + _cents[6];
        _ledger.Blood[slot] += _cents[7];
        _ledger.Consumables[slot] += _cents[8];
        _ledger.BedDays[institution.Index * calendar.Years + year] += stay;
        _ledger.Discharges[institution.Index * calendar.Years + year]++;

        WriteReferrals(referrals, institution, disease, patient, village, home, route, disposition, receiving, admission, day.DayNumber, department);
    }

    private void WriteReferrals(
        ReferralWriter referrals, Institution institution, Disease disease, int patient, Village village, Institution home,
        int route, int disposition, Institution? receiving, int admission, int discharge, string department)
    {
        if (route == 3)
        {
            var from = village.Clinic is not null && _random.Chance(0.2) ? village.Clinic : home;
            var submitted = Stamp.At(admission - _random.Next(0, 3), 9 * 60 + _random.Next(480));
            var accepted = submitted + 30 + _random.Next(570);
            var arrived = Math.Max(Stamp.At(admission, 8 * 60 + _random.Next(180)), accepted + 10);
            var completed = Math.Max(Stamp.At(discharge, 10 * 60 + _random.Next(360)), arrived + 60);
            referrals.Write(from == institution ? "lateral" : "up", from, institution, department, patient, disease.Code, false, false, "completed",
                submitted, accepted, arrived, completed);
        }

        if (disposition == 2 && receiving is not null)
        {
            var submitted = Stamp.At(discharge, 8 * 60 + _random.Next(120));
            var accepted = submitted + 20 + _random.Next(160);
            var arrived = accepted + 60 + _random.Next(240);
            var completed = Stamp.At(discharge + 2 + _random.Next(12), 10 * 60 + _random.Next(360));
            var direction = receiving.Tier == institution.Tier && receiving.Level == institution.Level ? "lateral" : "up";
            referrals.Write(direction, institution, receiving, receiving.Resolve(disease.Department), patient, disease.Code, true, false, "completed",
                submitted, accepted, arrived, completed);
        }
        else if (disposition == 3 && receiving is not null)
        {
            var submitted = Stamp.At(discharge - 1, 14 * 60 + _random.Next(180));
            var accepted = submitted + 60 + _random.Next(1000);
            var arrived = Stamp.At(Math.Max(discharge, Stamp.Day(accepted)) + _random.Next(3), 9 * 60 + _random.Next(420));
            arrived = Math.Max(arrived, accepted + 30);
            var completed = Stamp.At(Stamp.Day(arrived) + 5 + _random.Next(25), 10 * 60 + _random.Next(300));
            referrals.Write("down", institution, receiving, receiving.Resolve(disease.Department) ?? receiving.Departments[0], patient, disease.Code, false, true,
                "completed", submitted, accepted, arrived, completed);
        }
    }

    private Institution? Choose(Disease disease, int patient, bool hospitalOnly)
    {
        var village = _world.Villages[_patients.Village[patient]];
        var township = village.Township;
        var county = township.County;
        var centre = township.Centre!;
        var g = disease.ShareGrassroots;
        var c = disease.ShareCounty;
        var t = disease.ShareCity;
        if (county.IsDistrict)
        {
            // City hospitals are the district's own hospitals.
            g *= 0.8;
            t *= 2.5;
        }
        else
        {
            t *= 0.42;
        }

        if (hospitalOnly || !centre.Inpatient || centre.Resolve(disease.Department) is null
            || (disease.OperationRate >= 0.5 && !disease.Operations.Any(o => o.Level <= 2)))
        {
            c += g;
            g = 0;
        }

        var countyTable = _countyTables[disease.Index][county.Index];
        var cityTable = _cityTables[disease.Index];
        if (countyTable is null)
        {
            t += c;
            c = 0;
        }

        if (cityTable is null)
        {
            c += t;
            t = 0;
        }

        var roll = _random.NextDouble() * (g + c + t);
        if (roll < g)
        {
            return centre;
        }

        if (roll < g + c && countyTable is not null)
        {
            if (!county.IsDistrict && _random.Chance(0.02))
            {
                var neighbour = _world.Counties[(county.Index + 1) % _world.Counties.Count];
                var neighbourTable = _countyTables[disease.Index][neighbour.Index];
                if (neighbourTable is not null)
                {
                    return _countyCandidates[disease.Index][neighbour.Index][neighbourTable.Sample(_random)];
                }
            }

            return _countyCandidates[disease.Index][county.Index][countyTable.Sample(_random)];
        }

        if (cityTable is not null)
        {
            var localTable = _localCityTables[disease.Index][county.Index];
            if (county.IsDistrict && localTable is not null && _random.Chance(0.85))
            {
                return _localCityCandidates[disease.Index][county.Index][localTable.Sample(_random)];
            }

            return _cityCandidates[disease.Index][cityTable.Sample(_random)];
        }

        return countyTable is null ? null : _countyCandidates[disease.Index][county.Index][countyTable.Sample(_random)];
    }

    private static (Institution[], AliasTable?) Candidates(IEnumerable<Institution> hospitals, Disease disease)
    {
        var list = new List<Institution>();
        var weights = new List<double>();
        foreach (var hospital in hospitals)
        {
            if (!hospital.Inpatient || hospital.Resolve(disease.Department) is null)
            {
                continue;
            }

            var weight = hospital.InpatientWeight;
            var specialty = disease.Department.StartsWith("05", StringComparison.Ordinal) || disease.Department.StartsWith("07", StringComparison.Ordinal);
            if (hospital.Type == InstitutionType.MaternalChildHospital && specialty)
            {
                weight *= 4;
            }
            else if (hospital.Type == InstitutionType.SpecialtyHospital)
            {
                weight *= 2.5;
            }
            else if (hospital.Type == InstitutionType.TcmHospital && (specialty || disease.Department.StartsWith("04", StringComparison.Ordinal)))
            {
                weight *= 0.6;
            }

            list.Add(hospital);
            weights.Add(weight);
        }

        return list.Count == 0 ? ([], null) : (list.ToArray(), new AliasTable(weights));
    }

    private int PickPatient(County county, Disease disease, DateOnly day)
    {
        for (var attempt = 0; attempt < 80; attempt++)
        {
            var p = county.FirstPatient + _random.Next(county.PatientCount);
            var sex = _patients.Sex[p];
            if ((disease.Sex == 'm' && sex != 1) || (disease.Sex == 'f' && sex != 2) || _patients.ActiveUntil[p] <= day.DayNumber)
            {
                continue;
            }

            var age = _patients.AgeAt(p, day);
            if (age < disease.AgeMin || age > disease.AgeMax || _patients.BirthDay[p] > day.DayNumber)
            {
                continue;
            }

            if (_random.Chance(AgeWeight(disease, age)))
            {
                return p;
            }
        }

        return -1;
    }

    private int PickInfant(County county, int admission)
    {
        var infants = county.Infants;
        var from = LowerBound(infants, admission - 20);
        var to = LowerBound(infants, admission + 1);
        for (var attempt = 0; attempt < 5 && to > from; attempt++)
        {
            var p = infants[_random.Next(from, to)];
            if (_lastDischarge[p] < admission && _patients.ActiveUntil[p] > admission)
            {
                return p;
            }
        }

        return -1;
    }

    private int LowerBound(int[] infants, int day)
    {
        int lo = 0, hi = infants.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_patients.BirthDay[infants[mid]] < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static double AgeWeight(Disease disease, int age) => disease.AgeProfile switch
    {
        'e' => Math.Clamp(Math.Pow((age + 5) / 85.0, 2), 0.02, 1),
        'c' => age < 5 ? 1 : age < 10 ? 0.5 : 0.25,
        'o' => Math.Exp(-Math.Pow((age - 30) / 6.0, 2)),
        'b' => age is < 6 or >= 65 ? 1 : 0.3,
        _ => 1,
    };

    private int SampleLos(Disease disease, double factor) =>
        Math.Clamp((int)Math.Round(_random.LogNormal(disease.LosMean * factor, disease.LosCv)), 1, 90);

    private static double LosFactor(Institution institution)
    {
        var factor = institution.Level switch
        {
            InstitutionLevel.Tertiary => 0.86,
            InstitutionLevel.Secondary => 1.0,
            _ => 0.95,
        };
        return institution.Ownership == Ownership.Private ? factor * 1.08 : factor;
    }

    private static double CostFactor(Institution institution)
    {
        var factor = institution.Level switch
        {
            _ when institution.IsGrassroots => 0.42,
            InstitutionLevel.Tertiary when institution.Tier == CareTier.City => 1.3,
            InstitutionLevel.Tertiary => 1.1,
            InstitutionLevel.Secondary => 0.9,
            _ => 0.7,
        };
        return institution.Type == InstitutionType.TcmHospital ? factor * 0.92 : factor;
    }

    private static int MaxSurgeryLevel(Institution institution) => institution.Level switch
    {
        _ when institution.IsGrassroots => 2,
        InstitutionLevel.Tertiary => 4,
        InstitutionLevel.Secondary => 3,
        _ => 2,
    };

    private Operation? PickOperation(Disease disease, int maxLevel, bool tertiary)
    {
        Operation? chosen = null;
        var total = 0.0;
        foreach (var operation in disease.Operations)
        {
            if (operation.Level > maxLevel)
            {
                continue;
            }

            // Reservoir choice, weighted towards the harder operation in tertiary hospitals.
            var weight = tertiary ? Math.Pow(operation.Level, 3) : 1.0;
            total += weight;
            if (_random.NextDouble() * total < weight)
            {
                chosen = operation;
            }
        }

        return chosen;
    }

    private void SplitCosts(Disease disease, Institution institution, bool operated, long totalCents)
    {
        var template = disease.Code switch
        {
            "Z51.100x004" => ChemotherapyCosts,
            "Z51.000x003" => RadiotherapyCosts,
            "I69.300" or "M54.500" => RehabilitationCosts,
            _ when operated => SurgicalCosts,
            _ when disease.IsObstetric => ObstetricCosts,
            _ => MedicalCosts,
        };
        var rehabilitation = disease.Code is "I69.300" or "M54.500" || disease.Code.StartsWith("I63", StringComparison.Ordinal)
            || disease.Code.StartsWith("I61", StringComparison.Ordinal) || disease.Code.StartsWith("S7", StringComparison.Ordinal)
            || disease.Code.StartsWith('M') || _random.Chance(0.15);
        var blood = (operated && _random.Chance(0.35)) || disease.Code is "K92.200x001" or "D64.900" || (disease.Code[0] == 'C' && _random.Chance(0.3));
        var sum = 0.0;
        for (var i = 0; i < Classes; i++)
        {
            var w = template[i] * _random.LogNormal(1, 0.2);
            if ((i == 3 && !rehabilitation) || (i == 7 && !blood))
            {
                w = 0;
            }

            if (institution.Type == InstitutionType.TcmHospital && i is 4 or 6)
            {
                w *= i == 4 ? 4 : 3;
            }
            else if (institution.IsGrassroots)
            {
                w *= i switch { 5 => 1.3, 1 => 0.7, _ => 1 };
            }

            _weights[i] = w;
            sum += w;
        }

        long assigned = 0;
        for (var i = 0; i < Classes - 1; i++)
        {
            _cents[i] = (long)(totalCents * (_weights[i] / sum));
            assigned += _cents[i];
        }

        _cents[Classes - 1] = totalCents - assigned;
    }

    private double SelfPayShare(byte insurance) => insurance switch
    {
        1 => _random.Uniform(0.12, 0.25),
        2 => _random.Uniform(0.25, 0.45),
        3 => _random.Uniform(0.3, 0.5),
        4 => _random.Uniform(0.05, 0.15),
        5 => _random.Uniform(0.3, 0.6),
        6 => _random.Uniform(0, 0.1),
        8 => _random.Uniform(0.2, 0.4),
        _ => _random.Uniform(0.4, 0.9),
    };

    private int Disposition(Institution institution, Disease disease, int age)
    {
        var transfer = institution.IsGrassroots ? 0.06 : institution.Level == InstitutionLevel.Tertiary ? 0.006 : 0.02;
        var down = institution.IsGrassroots ? 0 : institution.Level == InstitutionLevel.Tertiary ? 0.03 : 0.015;
        var code = disease.Code;
        if (code.StartsWith("I6", StringComparison.Ordinal) || code.StartsWith("S72", StringComparison.Ordinal) || code.StartsWith("S32", StringComparison.Ordinal)
            || code[0] == 'C' || code.StartsWith("M16", StringComparison.Ordinal) || code.StartsWith("M48", StringComparison.Ordinal) || age >= 75)
        {
            down *= 2.5;
        }

        var roll = _random.NextDouble();
        return roll switch
        {
            _ when roll < transfer => 2,
            _ when roll < transfer + down => 3,
            _ when roll < transfer + down + 0.03 => 4,
            _ when roll < transfer + down + 0.034 => 9,
            _ => 1,
        };
    }

    private Institution? TransferTarget(Institution institution, Disease disease)
    {
        if (institution.IsGrassroots || institution.Tier == CareTier.County)
        {
            var county = institution.County;
            if (institution.IsGrassroots && county.LeadHospital is { Inpatient: true } lead && lead.Resolve(disease.Department) is not null)
            {
                return lead;
            }

            var city = _cityCandidates[disease.Index];
            return city.Length > 0 ? city[_random.Next(city.Length)] : null;
        }

        var peers = _cityCandidates[disease.Index].Where(h => h != institution).ToList();
        return peers.Count > 0 ? peers[_random.Next(peers.Count)] : null;
    }

    private int AdmissionRoute(Institution institution, Disease disease, bool died)
    {
        if (institution.IsGrassroots)
        {
            return _random.NextDouble() switch { < 0.12 => 1, < 0.97 => 2, _ => 9 };
        }

        var urgent = died || Array.Exists(EmergencyPrefixes, p => disease.Code.StartsWith(p, StringComparison.Ordinal));
        var roll = _random.NextDouble();
        if (roll < (urgent ? 0.65 : 0.2))
        {
            return 1;
        }

        return roll switch
        {
            _ when roll < (urgent ? 0.72 : 0.28) => 3,
            _ when roll < (urgent ? 0.73 : 0.29) => 9,
            _ => 2,
        };
    }

    private long BirthWeight(Disease disease) => disease.Code switch
    {
        "P07.300" => _random.Next(1600, 2500),
        "P22.900" => _random.Next(1200, 3000),
        _ => Math.Clamp((int)Math.Round(3300 + 420 * _random.Normal()), 2300, 4600),
    };
}
