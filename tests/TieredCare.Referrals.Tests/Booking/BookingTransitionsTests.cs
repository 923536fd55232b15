using TieredCare.Referrals.Booking;

namespace TieredCare.Referrals.Tests.Booking;

public class BookingTransitionsTests
{
    private static readonly Slot Slot = BookingRulesTests.Ordinary; // 09:00–09:20
    private static readonly DateTimeOffset Start = Slot.Start;

    private static BookingTransitionResult Apply(BookingStatus current, BookingAction action, int minutesFromStart) =>
        BookingTransitions.Apply(current, action, Slot, Start.AddMinutes(minutesFromStart), BookingPolicy.Default);

    [Theory]
    [InlineData(BookingAction.CheckIn, -61, null)]
    [InlineData(BookingAction.CheckIn, -60, BookingStatus.CheckedIn)]
    [InlineData(BookingAction.CheckIn, 0, BookingStatus.CheckedIn)]
    [InlineData(BookingAction.CheckIn, 20, BookingStatus.CheckedIn)]
    [InlineData(BookingAction.CheckIn, 21, null)]
    [InlineData(BookingAction.Cancel, -600, BookingStatus.Cancelled)]
    [InlineData(BookingAction.Cancel, 0, BookingStatus.Cancelled)]
    [InlineData(BookingAction.Cancel, 1, null)]
    [InlineData(BookingAction.MarkNoShow, 29, null)]
    [InlineData(BookingAction.MarkNoShow, 30, BookingStatus.NoShow)]
    [InlineData(BookingAction.MarkNoShow, 600, BookingStatus.NoShow)]
    public void A_booking_moves_only_within_its_time_window(BookingAction action, int minutesFromStart, BookingStatus? expected)
    {
        var result = Apply(BookingStatus.Booked, action, minutesFromStart);

        result.Next.ShouldBe(expected);
        result.Current.ShouldBe(BookingStatus.Booked);
        if (expected is null)
        {
            result.Message.Zh.ShouldNotBeNullOrWhiteSpace();
            result.Message.En.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [InlineData(BookingStatus.CheckedIn, BookingAction.Cancel)]
    [InlineData(BookingStatus.CheckedIn, BookingAction.MarkNoShow)]
    [InlineData(BookingStatus.CheckedIn, BookingAction.CheckIn)]
    [InlineData(BookingStatus.Cancelled, BookingAction.CheckIn)]
    [InlineData(BookingStatus.Cancelled, BookingAction.Cancel)]
    [InlineData(BookingStatus.NoShow, BookingAction.CheckIn)]
    [InlineData(BookingStatus.NoShow, BookingAction.Cancel)]
    public void Only_a_booked_booking_can_change(BookingStatus current, BookingAction action)
    {
        var result = Apply(current, action, 0);

        result.IsAllowed.ShouldBeFalse();
        result.Current.ShouldBe(current);
        result.Message.En.ShouldBe($"a booking that is {current} cannot change");
    }

    [Fact]
    public void The_cancellation_cutoff_is_a_parameter() =>
        BookingTransitions.Apply(BookingStatus.Booked, BookingAction.Cancel, Slot, Start.AddHours(-1), BookingPolicy.Default with { CancelCutoff = TimeSpan.FromHours(2) })
            .IsAllowed.ShouldBeFalse();
}
