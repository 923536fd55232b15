using TieredCare.Referrals.Booking;

namespace TieredCare.Referrals.Tests.Booking;

public class WaitingListTests
{
    private static readonly DateTimeOffset T = new(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly SlotResource Department = SlotResource.Outpatient("H001", "03.04");

    private static WaitingEntry Entry(string id, int minutes, bool referral = false, SlotResource? wanted = null) =>
        new(id, wanted ?? Department, new BookingRequest("P-" + id, referral ? BookingRulesTests.Referral() : null), T.AddMinutes(minutes));

    [Fact]
    public void Entries_are_served_by_joining_time_then_id()
    {
        var list = new WaitingList([Entry("b", 5), Entry("c", 0), Entry("a", 5)]);

        list.Entries.Select(e => e.Id).ShouldBe(["c", "a", "b"]);
        list.OfferNext(BookingRulesTests.Ordinary, T).ShouldNotBeNull().Id.ShouldBe("c");
        list.Without("c").OfferNext(BookingRulesTests.Ordinary, T)!.Id.ShouldBe("a");
    }

    [Fact]
    public void A_reserved_slot_before_release_goes_to_the_first_referral_even_if_others_joined_earlier() =>
        new WaitingList([Entry("public", 0), Entry("referral", 10, referral: true)]).OfferNext(BookingRulesTests.Reserved, T)!.Id.ShouldBe("referral");

    [Fact]
    public void A_reserved_slot_after_release_goes_to_whoever_joined_first() =>
        new WaitingList([Entry("public", 0), Entry("referral", 10, referral: true)])
            .OfferNext(BookingRulesTests.Reserved, BookingRulesTests.Reserved.ReleaseAt!.Value)!.Id.ShouldBe("public");

    [Fact]
    public void Nobody_is_offered_a_reserved_slot_before_release_when_no_referral_waits() =>
        new WaitingList([Entry("public", 0)]).OfferNext(BookingRulesTests.Reserved, T).ShouldBeNull();

    [Fact]
    public void An_entry_is_offered_only_a_slot_of_what_it_waits_for()
    {
        var list = new WaitingList([
            Entry("other-hospital", 0, wanted: SlotResource.Outpatient("H002", "03.04")),
            Entry("other-doctor", 1, wanted: SlotResource.Outpatient("H001", "03.04", "D8")),
            Entry("mri", 2, wanted: SlotResource.Exam("H001", ExamDevice.Mri)),
            Entry("any-doctor", 3),
        ]);

        list.OfferNext(BookingRulesTests.Ordinary, T)!.Id.ShouldBe("any-doctor");
    }

    [Fact]
    public void Nobody_is_offered_a_slot_that_has_started() =>
        new WaitingList([Entry("a", 0)]).OfferNext(BookingRulesTests.Ordinary, BookingRulesTests.Ordinary.Start).ShouldBeNull();
}
