using TieredCare.Abstracts;
using static TieredCare.Abstracts.Tests.RuleCase;

namespace TieredCare.Abstracts.Tests.Rules;

public sealed class DateRuleTests : RuleFamilyTests<DateRuleTests>, IRuleFamily
{
    private static readonly DateOnly Admission = Fixture.Valid.AdmissionDate!.Value;

    public static RuleTable Failing { get; } = new(
        Record("discharged the day before admission", "QC-D01", r => r with { DischargeDate = Admission.AddDays(-1) }),
        Record("length of stay counting both ends", "QC-D02", r => r with { LosDays = 8 }),
        Record("a same-day stay counted 2", "QC-D02", r => SameDay(r) with { LosDays = 2 }),
        Record("length of stay 0", "QC-D03", r => SameDay(r) with { LosDays = 0 }),
        Record("length of stay -7", "QC-D03", r => r with { LosDays = -7 }),
        Record("born after admission", "QC-D04", r => r with { BirthDate = Admission.AddDays(4) }),
        Record("a procedure before admission", "QC-D05", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { Date = Admission.AddDays(-1) }] }),
        Record("a procedure after discharge", "QC-D05", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { Date = new DateOnly(2025, 3, 9) }] }),
        Record("an operation without a date", "QC-D06", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { Date = null }] }));

    public static RuleTable Passing { get; } = new(
        Record("discharged on the admission day", "QC-D01", SameDay),
        Record("a same-day stay counted 1", "QC-D02", SameDay),
        Record("length of stay from the dates", "QC-D02", r => r),
        Record("length of stay 1", "QC-D03", SameDay),
        Record("born on the admission day", "QC-D04", r => SexAgeRuleTests.Infant(r, 0, 3300)),
        Record("a procedure on the admission day", "QC-D05", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { Date = Admission }] }),
        Record("a procedure on the discharge day", "QC-D05", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { Date = new DateOnly(2025, 3, 8) }] }),
        Record("a non-operative procedure without a date", "QC-D06", r => r with { Procedures = [new RecordedProcedure(1, "99.0401", null, null)] }));

    private static DischargeRecord SameDay(DischargeRecord r) => r with
    {
        DischargeDate = r.AdmissionDate,
        LosDays = 1,
        Procedures = [Fixture.Valid.Procedures[0] with { Date = r.AdmissionDate }],
    };
}
