using TieredCare.Referrals.Booking;
using TieredCare.Referrals.Lifecycle;

namespace TieredCare.Referrals.Tests.Booking;

public class BookingRulesTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, China);
    private static readonly SlotResource Cardiology = SlotResource.Outpatient("H001", "03.04", "D7");

    internal static readonly Slot Reserved = new("r", Cardiology, Start, Start.AddMinutes(20), true, Start.AddHours(-48));
    internal static readonly Slot Ordinary = new("o", Cardiology, Start, Start.AddMinutes(20), false, null);

    internal static ReferralBookingContext Referral(
        ReferralDirection direction = ReferralDirection.Up, ReferralState state = ReferralState.Accepted, string institution = "H001", string? department = "03.04") =>
        new("R-1", direction, state, institution, department);

    private static readonly DateTimeOffset BeforeRelease = Start.AddDays(-3);
    private static readonly DateTimeOffset AfterRelease = Start.AddHours(-47);

    [Fact]
    public void Anyone_may_book_an_ordinary_free_slot_in_the_future() =>
        BookingRules.CanBook(Ordinary, null, new BookingRequest("P1"), BeforeRelease).IsAllowed.ShouldBeTrue();

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void A_slot_that_has_started_cannot_be_booked(int minutesAfterStart)
    {
        var decision = BookingRules.CanBook(Ordinary, null, new BookingRequest("P1", Referral()), Start.AddMinutes(minutesAfterStart));

        decision.Refusal.ShouldBe(BookingRefusalCode.SlotInPast);
        decision.Message.En.ShouldBe("the slot started at 2025-03-10 09:00 +08:00 and cannot be booked");
    }

    [Fact]
    public void A_reserved_slot_before_its_release_is_refused_to_a_patient_without_a_referral()
    {
        var decision = BookingRules.CanBook(Reserved, null, new BookingRequest("P1"), BeforeRelease);

        decision.Refusal.ShouldBe(BookingRefusalCode.ReservedNotReleased);
        decision.Message.Zh.ShouldBe("该号源为转诊预留号源，2025-03-08 09:00 +08:00 起向公众开放");
    }

    [Fact]
    public void A_reserved_slot_is_open_to_everyone_from_its_release_time()
    {
        BookingRules.CanBook(Reserved, null, new BookingRequest("P1"), Start.AddHours(-48)).IsAllowed.ShouldBeTrue();
        BookingRules.CanBook(Reserved, null, new BookingRequest("P1"), AfterRelease).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void An_accepted_up_referral_to_the_slots_department_may_book_a_reserved_slot_before_release()
    {
        BookingRules.CanBook(Reserved, null, new BookingRequest("P1", Referral()), BeforeRelease).IsAllowed.ShouldBeTrue();
        BookingRules.CanBook(Reserved, null, new BookingRequest("P1", Referral(department: null)), BeforeRelease).IsAllowed.ShouldBeTrue();
        BookingRules.CanBook(Reserved, null, new BookingRequest("P1", Referral(state: ReferralState.Submitted)), BeforeRelease).IsAllowed
            .ShouldBeTrue("the referring doctor books while submitting the referral");
    }

    public static TheoryData<ReferralBookingContext> NonMatchingReferrals() =>
    [
        Referral(direction: ReferralDirection.Down),
        Referral(direction: ReferralDirection.Lateral),
        Referral(state: ReferralState.Draft),
        Referral(state: ReferralState.Scheduled),
        Referral(institution: "H002"),
        Referral(department: "03.03"),
    ];

    [Theory]
    [MemberData(nameof(NonMatchingReferrals))]
    public void A_referral_that_is_not_a_submitted_or_accepted_up_referral_to_this_target_cannot_use_a_reserved_slot(ReferralBookingContext referral) =>
        BookingRules.CanBook(Reserved, null, new BookingRequest("P1", referral), BeforeRelease).Refusal.ShouldBe(BookingRefusalCode.ReferralDoesNotMatch);

    [Theory]
    [InlineData(BookingStatus.Booked)]
    [InlineData(BookingStatus.CheckedIn)]
    [InlineData(BookingStatus.NoShow)]
    public void A_booked_slot_cannot_be_booked_again(BookingStatus current) =>
        BookingRules.CanBook(Ordinary, current, new BookingRequest("P2"), BeforeRelease).Refusal.ShouldBe(BookingRefusalCode.AlreadyBooked);

    [Fact]
    public void A_cancelled_booking_frees_the_slot() =>
        BookingRules.CanBook(Ordinary, BookingStatus.Cancelled, new BookingRequest("P2"), BeforeRelease).IsAllowed.ShouldBeTrue();
}
