using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Booking;
using TieredCare.Web.Infrastructure;
using TieredCare.Referrals.Booking;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Booking;

/// <summary>M4: published schedules and their slots, bookings that the database keeps single per slot, and waiting lists.</summary>
public static class BookingModule
{
    public static IServiceCollection AddBookingModule(this IServiceCollection services) =>
        services.AddSingleton<IdBlocks>()
            .AddSingleton(sp => new BookingWriter(sp.GetRequiredService<ServerOptions>().Database, sp.GetRequiredService<IDbContextFactory<TieredCareDbContext>>()))
           .AddScoped<SlotStore>().AddSingleton(BookingPolicy.Default);

    public static IEndpointRouteBuilder MapBookingModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/booking").WithTags("Booking").RequireRateLimiting(SecuritySetup.ApiRateLimit);
        PublishSchedule.Map(api);
        ListSchedules.Map(api);
        ListSlots.Map(api);
        BookSlot.Map(api);
        ChangeBooking.Map(api);
        ListBookings.Map(api);
        WaitingLists.Map(api);
        return app;
    }
}
