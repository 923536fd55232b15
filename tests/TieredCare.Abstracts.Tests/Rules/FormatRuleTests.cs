using static TieredCare.Abstracts.Tests.RuleCase;

namespace TieredCare.Abstracts.Tests.Rules;

public sealed class FormatRuleTests : RuleFamilyTests<FormatRuleTests>, IRuleFamily
{
    public static RuleTable Failing { get; } = new(
        Cells("sex written as 男", "QC-F01", ("sex", "男")),
        Cells("age with a decimal point", "QC-F01", ("age_years", "44.0")),
        ProcedureCells("surgery level written as 三级", "QC-F01", ("surgery_level", "三级")),
        Cells("an amount with a thousands separator", "QC-F02", ("cost_western_drug", "1,800.25")),
        Cells("an amount with a currency sign", "QC-F02", ("total_cost", "¥6000")),
        Cells("a negative amount in the file", "QC-F03", ("cost_other", "-199.25")),
        Record("a negative amount in a record", "QC-F03", r => r with { CostOther = -199.25m }),
        Cells("an amount with 3 decimals in the file", "QC-F04", ("cost_other", "199.255")),
        Record("an amount with 3 decimals in a record", "QC-F04", r => r with { CostOther = 199.255m }),
        Cells("a date with dots", "QC-F05", ("admission_date", "2025.03.01")),
        Cells("a date without leading zeros and dashes", "QC-F05", ("admission_date", "2025-3-1")),
        Cells("30 February", "QC-F05", ("birth_date", "1980-02-30")),
        Cells("a date with an impossible time", "QC-F05", ("discharge_date", "2025-03-08 25:00")),
        ProcedureCells("a procedure date in day-month-year order", "QC-F05", ("date", "02/03/2025")),
        Cells("a principal diagnosis with a space inside", "QC-F06", ("principal_diagnosis", "J18 .900")),
        Cells("an other diagnosis with a space inside", "QC-F06", ("other_diagnoses", "I10.x00|E11 900")),
        ProcedureCells("a procedure code with a full-width space", "QC-F06", ("code", "47.0\u3000901")),
        Cells("negative ventilation hours in the file", "QC-F07", ("ventilation_hours", "-3")),
        Record("negative ventilation hours in a record", "QC-F07", r => r with { VentilationHours = -3 }));

    public static RuleTable Passing { get; } = new(
        Cells("an integer padded with spaces", "QC-F01", ("age_years", " 44 ")),
        Cells("a negative integer is a number (its domain rule judges it)", "QC-F01", ("admission_count", "-1")),
        Cells("an amount without decimals", "QC-F02", ("total_cost", "6000")),
        Cells("a zero amount", "QC-F03", ("cost_tcm", "0.00")),
        Cells("trailing zeros beyond 2 decimals", "QC-F04", ("cost_other", "199.2500")),
        Cells("a date as yyyy/M/d", "QC-F05", ("admission_date", "2025/3/1")),
        Cells("a date as yyyy/MM/dd", "QC-F05", ("birth_date", "1980/05/10")),
        Cells("an Excel date with a time", "QC-F05", ("discharge_date", "2025-03-08 14:30")),
        ProcedureCells("a procedure date with seconds", "QC-F05", ("date", "2025-03-02 09:15:00")),
        Cells("a code padded with spaces is trimmed", "QC-F06", ("principal_diagnosis", " J18.900 ")),
        Cells("other diagnoses padded around the bars", "QC-F06", ("other_diagnoses", "I10.x00 | E11.900")),
        Cells("a name may contain spaces", "QC-F06", ("receiving_institution", "Qingchuan No. 1 Hospital")),
        Cells("12 ventilation hours", "QC-F07", ("ventilation_hours", "12")));
}
