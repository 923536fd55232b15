using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Drg;
using TieredCare.Persistence;
using TieredCare.Persistence.Abstracts;
using TieredCare.Persistence.Audit;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Drg;
using static TieredCare.Web.Modules.Abstracts.UploadAbstracts;

namespace TieredCare.Web.Modules.Abstracts;

/// <summary>
/// One abstract with its QC findings and its grouping under a table set, with the trace of the
/// rules that decided. The abstract is a patient's health record, so every view is audited; it
/// carries no name or ID number.
/// </summary>
public static class ViewAbstract
{
    public sealed record CodeDto(string Code, string? Name);

    public sealed record ProcedureDto(int Sequence, string Code, string? Name, int? SurgeryLevel, DateOnly? Date);

    public sealed record CostsDto(decimal? Service, decimal? Diagnosis, decimal? Treatment, decimal? Surgery, decimal? Rehabilitation, decimal? Tcm,
        decimal? WesternDrug, decimal? ChineseDrug, decimal? Blood, decimal? Consumables, decimal? Other, decimal? Total, decimal? SelfPay);

    public sealed record AbstractDto(
        long Id, string InstitutionCode, string? InstitutionName, string MedicalRecordNo, int AdmissionCount, int? Sex, int? AgeYears, int? AgeDays,
        int? NewbornWeightGrams, DateOnly AdmissionDate, DateOnly DischargeDate, int? LosDays, int? AdmissionRoute, string? DepartmentCode,
        string? DepartmentName, int? Disposition, string? ReceivingInstitution, int? VentilationHours, CodeDto? PrincipalDiagnosis,
        IReadOnlyList<CodeDto> OtherDiagnoses, IReadOnlyList<ProcedureDto> Procedures, CostsDto Costs, int? InsuranceType,
        string? ExternalCauseCode, string? PathologyCode);

    public sealed record GroupingDto(string TableSet, string Mdc, string? MdcName, string Adrg, string Drg, string? DrgName, string Status, string Reason, IReadOnlyList<string> Trace);

    public sealed record AbstractViewDto(AbstractDto Abstract, IReadOnlyList<FindingDto> Findings, GroupingDto? Grouping);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/abstracts/{id:long}", ViewAsync);

    private static async Task<Results<Ok<AbstractViewDto>, ValidationProblem, ProblemHttpResult>> ViewAsync(
        long id, string? tableSet, HttpContext http, ScopeResolver scopes, DrgTableSets sets, TieredCareDbContext db, AuditLog audit, CancellationToken ct)
    {
        var a = await db.DischargeAbstracts.AsNoTracking().Include(x => x.Procedures).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return Problems.NotFound($"病案首页 {id} 不存在 (abstract {id} does not exist)");
        }

        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        if (!inScope.Contains(a.InstitutionCode))
        {
            return Problems.Forbidden($"病案首页 {id} 属于范围外的机构 (abstract {id} belongs to an institution outside your scope)");
        }

        var set = sets.Find(tableSet);
        if (set is null && tableSet is not null)
        {
            return Problems.Validation("table_set", $"没有名为 {tableSet} 的分组方案 (no table set named {tableSet})");
        }

        var user = http.User();
        await audit.AppendAsync(new AuditRecord(user.UserName, "view", "discharge_abstract", id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.PatientId), ct);

        var findings = await db.AbstractQcFindings.AsNoTracking().Where(f => f.AbstractId == id).OrderBy(f => f.Sequence)
            .Select(f => new FindingDto(f.Rule, f.IsError ? "error" : "warning", f.Field, f.Message, f.MessageEn)).ToListAsync(ct);
        var institutionName = await db.Institutions.AsNoTracking().Where(i => i.Code == a.InstitutionCode).Select(i => i.Name).FirstOrDefaultAsync(ct);
        var departmentName = await db.Departments.AsNoTracking().Where(d => d.InstitutionCode == a.InstitutionCode && d.Code == a.DepartmentCode)
            .Select(d => d.Name).FirstOrDefaultAsync(ct);

        var procedures = a.Procedures.OrderBy(p => p.Sequence).ToList();
        var diagnoses = DrgCases.Diagnoses(a.PrincipalDiagnosis, a.OtherDiagnoses);
        CodeDto Diagnosis(string code) => new(code, set?.Codes.Diagnoses.GetValueOrDefault(code));
        var dto = new AbstractDto(a.Id, a.InstitutionCode, institutionName, a.MedicalRecordNo, a.AdmissionCount, (int?)a.Sex, a.AgeYears, a.AgeDays,
            a.NewbornWeightGrams, a.AdmissionDate, a.DischargeDate, a.LosDays, a.AdmissionRoute, a.DepartmentCode, departmentName, a.Disposition,
            a.ReceivingInstitution, a.VentilationHours, a.PrincipalDiagnosis is { } p ? Diagnosis(p) : null, [.. diagnoses.Skip(1).Select(Diagnosis)],
            [.. procedures.Select(x => new ProcedureDto(x.Sequence, x.Code, set?.Codes.Procedures.GetValueOrDefault(x.Code), x.SurgeryLevel, x.Date))],
            new CostsDto(a.CostService, a.CostDiagnosis, a.CostTreatment, a.CostSurgery, a.CostRehabilitation, a.CostTcm, a.CostWesternDrug, a.CostChineseDrug,
                a.CostBlood, a.CostConsumables, a.CostOther, a.TotalCost, a.SelfPay),
            (int?)a.InsuranceType, a.ExternalCauseCode, a.PathologyCode);

        GroupingDto? grouping = null;
        if (set is not null && a.QcErrors == 0)
        {
            var result = DrgGrouper.Group(new GroupingRecord((int?)a.Sex, a.AgeYears, a.AgeDays, a.NewbornWeightGrams, diagnoses, [.. procedures.Select(x => x.Code)]), set.Tables);
            grouping = new GroupingDto(set.Name, result.Mdc, set.Tables.Mdcs.FirstOrDefault(m => m.Code == result.Mdc)?.Name, result.Adrg, result.Drg,
                set.Tables.DrgNames.GetValueOrDefault(result.Drg), result.Status.ToWord(), Reason(result), [.. result.Trace.Select(t => t.ToString())]);
        }

        return TypedResults.Ok(new AbstractViewDto(dto, findings, grouping));
    }

    private static string Reason(GroupingResult result) => result.Status switch
    {
        GroupingStatus.Success => $"入组 {result.Drg}",
        GroupingStatus.Invalid => $"信息校验不通过: {result.FailedRule?.Describe()}",
        GroupingStatus.AmbiguousQy => "歧义病案: 主要诊断与手术不在同一MDC",
        _ => "无法入组: 没有一个MDC的入组条件与ADRG条件同时满足",
    };
}
