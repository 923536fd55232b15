using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Patients;
using TieredCare.Persistence;
using TieredCare.Persistence.Audit;
using TieredCare.Persistence.Patients;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Patients;

/// <summary>Adds a person to the master patient index; one live record per ID number.</summary>
public static class RegisterPatient
{
    public sealed record RegisterPatientRequest(string? ResidentId, string? Name, Sex? Sex, DateOnly? BirthDate, string? ResidenceRegionCode, string? Phone, string? Address);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/", HandleAsync).RequireAuthorization(Permissions.PatientRegister);

    private static async Task<Results<Created<PatientDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RegisterPatientRequest r, HttpContext http, TieredCareDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.Today();
        var provinces = (await db.Regions.AsNoTracking().Select(x => x.Code.Substring(0, 2)).Distinct().ToListAsync(ct)).ToHashSet();
        var (valid, errors) = PatientRules.Validate(
            new PatientDraft(r.ResidentId, r.Name, r.Sex, r.BirthDate, r.ResidenceRegionCode, r.Phone, r.Address),
            today,
            p => ResidentId.IsNationalProvince(p) || provinces.Contains(p),
            code => db.Regions.Any(x => x.Code == code));
        if (valid is null)
        {
            return Problems.Validation(errors);
        }

        var residentId = valid.ResidentId?.Value;
        if (residentId is not null && await db.Patients.AnyAsync(p => p.ResidentId == residentId && p.MergedIntoId == null, ct))
        {
            return Problems.Conflict("该身份证号已登记 (a patient with this ID number is already registered; search for them instead)");
        }

        for (var attempt = 1; ; attempt++)
        {
            var patient = new Patient
            {
                Id = (await db.Patients.MaxAsync(p => (long?)p.Id, ct) ?? 0) + 1,
                ResidentId = residentId,
                Name = valid.Name,
                Sex = valid.Sex,
                BirthDate = valid.BirthDate,
                ResidenceRegionCode = valid.ResidenceRegionCode,
                Phone = valid.Phone,
                Address = valid.Address,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Patients.Add(patient);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear(); // another registration took this number, or the same ID raced us
                if (residentId is not null && await db.Patients.AnyAsync(p => p.ResidentId == residentId && p.MergedIntoId == null, ct))
                {
                    return Problems.Conflict("该身份证号已登记 (a patient with this ID number is already registered)");
                }

                continue;
            }

            await audit.AppendAsync(new AuditRecord(http.User().UserName, "create", "patient", patient.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), patient.Id), ct);
            return TypedResults.Created($"/api/v1/patients/{patient.Id}", PatientDto.From(patient));
        }
    }
}
