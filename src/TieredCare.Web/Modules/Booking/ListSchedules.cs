using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Registry;
using static TieredCare.Web.Modules.Booking.PublishSchedule;

namespace TieredCare.Web.Modules.Booking;

/// <summary>Published schedules, region-wide, newest first.</summary>
public static class ListSchedules
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/schedules", HandleAsync).RequireAuthorization(Permissions.BookingRead);

    private static async Task<Results<Ok<Page<ScheduleDto>>, ValidationProblem>> HandleAsync(
        string? institution, int? page, int? pageSize, TieredCareDbContext db, CancellationToken ct)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1 || size is < 1 or > 500)
        {
            return Problems.Validation("page_size", "每页1-500条，页码从1开始 (page size 1-500, page from 1)");
        }

        var query = db.Schedules.AsNoTracking().Where(s => institution == null || s.InstitutionCode == institution);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new Page<ScheduleDto>([.. rows.Select(s => ScheduleDto.Of(s))], total, number, size));
    }
}
