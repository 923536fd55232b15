using TieredCare.Referrals.Booking;

namespace TieredCare.Referrals.Tests.Booking;

public class SlotGeneratorTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    internal static ScheduleTemplate Cardiology(double share = 0.3) => new(
        SlotResource.Outpatient("H001", "03.04", "D7"),
        [DayOfWeek.Monday, DayOfWeek.Wednesday],
        new TimeOnly(8, 0),
        new TimeOnly(11, 20),
        TimeSpan.FromMinutes(20),
        share,
        TimeSpan.FromHours(48),
        China);

    [Fact]
    public void A_session_is_cut_into_slots_on_the_template_weekdays_only()
    {
        // 2025-03-03 is a Monday; the week has Monday 3rd and Wednesday 5th.
        var slots = SlotGenerator.Generate(Cardiology(), new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 9));

        slots.Count.ShouldBe(20);
        slots.Select(s => DateOnly.FromDateTime(s.Start.DateTime)).Distinct().ShouldBe([new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 5)]);
        slots[0].ShouldBe(new Slot("outpatient/H001/03.04/D7/2025-03-03T08:00", Cardiology().Resource,
            new DateTimeOffset(2025, 3, 3, 8, 0, 0, China), new DateTimeOffset(2025, 3, 3, 8, 20, 0, China), true, new DateTimeOffset(2025, 3, 1, 8, 0, 0, China)));
        slots[9].End.ShouldBe(new DateTimeOffset(2025, 3, 3, 11, 20, 0, China));
        slots.Select(s => s.Id).Distinct().Count().ShouldBe(20);
    }

    [Theory]
    [InlineData(0.0, "----------")]
    [InlineData(0.1, "R---------")]
    [InlineData(0.25, "R--R--R---")]
    [InlineData(0.3, "R--R--R---")]
    [InlineData(0.5, "R-R-R-R-R-")]
    [InlineData(1.0, "RRRRRRRRRR")]
    public void Reserved_slots_are_the_first_of_evenly_sized_groups(double share, string pattern)
    {
        var slots = SlotGenerator.Generate(Cardiology(share), new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 3));

        string.Concat(slots.Select(s => s.ReservedForReferrals ? 'R' : '-')).ShouldBe(pattern);
        slots.ShouldAllBe(s => s.ReservedForReferrals == (s.ReleaseAt != null));
    }

    [Fact]
    public void A_slot_that_would_run_past_the_session_end_is_not_made_and_the_count_can_be_capped()
    {
        var template = Cardiology() with { SessionEnd = new TimeOnly(9, 10) };
        SlotGenerator.Generate(template, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 3)).Count.ShouldBe(3);
        SlotGenerator.Generate(template with { MaxSlotsPerSession = 2 }, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 3)).Count.ShouldBe(2);
    }

    [Fact]
    public void Parallel_bed_slots_share_their_time_and_have_their_own_ids()
    {
        var beds = new ScheduleTemplate(SlotResource.Bed("H001", "W-NEURO"), [DayOfWeek.Tuesday], new TimeOnly(9, 0), new TimeOnly(12, 0),
            TimeSpan.FromHours(3), 0.5, TimeSpan.FromHours(24), China) { Parallel = 4 };

        var slots = SlotGenerator.Generate(beds, new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 4));

        slots.Select(s => s.Id).ShouldBe(["bed/H001/W-NEURO/2025-03-04T09:00#1", "bed/H001/W-NEURO/2025-03-04T09:00#2", "bed/H001/W-NEURO/2025-03-04T09:00#3", "bed/H001/W-NEURO/2025-03-04T09:00#4"]);
        slots.Count(s => s.ReservedForReferrals).ShouldBe(2);
    }

    [Fact]
    public void Exam_slots_are_keyed_by_device() =>
        SlotGenerator.Generate(Cardiology() with { Resource = SlotResource.Exam("H001", ExamDevice.Mri) }, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 3))[0]
            .Id.ShouldBe("exam/H001/Mri/2025-03-03T08:00");

    public static TheoryData<ScheduleTemplate, string> BadTemplates() => new()
    {
        { Cardiology(-0.1), "ReservedShare" },
        { Cardiology(1.5), "ReservedShare" },
        { Cardiology(double.NaN), "ReservedShare" },
        { Cardiology() with { SlotLength = TimeSpan.Zero }, "SlotLength" },
        { Cardiology() with { SessionEnd = new TimeOnly(8, 0) }, "SessionEnd" },
        { Cardiology() with { SessionEnd = new TimeOnly(7, 0) }, "SessionEnd" },
        { Cardiology() with { Weekdays = [] }, "Weekdays" },
        { Cardiology() with { ReleaseLead = TimeSpan.FromHours(-1) }, "ReleaseLead" },
        { Cardiology() with { UtcOffset = TimeSpan.FromHours(15) }, "UtcOffset" },
        { Cardiology() with { MaxSlotsPerSession = 0 }, "MaxSlotsPerSession" },
        { Cardiology() with { Parallel = 0 }, "Parallel" },
    };

    [Theory]
    [MemberData(nameof(BadTemplates))]
    public void A_bad_template_names_its_field(ScheduleTemplate template, string field)
    {
        template.Validate().ShouldHaveSingleItem().Field.ShouldBe(field);
        var e = Should.Throw<ScheduleTemplateException>(() => SlotGenerator.Generate(template, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 3)));
        e.Problems.ShouldHaveSingleItem().Field.ShouldBe(field);
        e.Message.ShouldStartWith(field + ": ");
    }

    [Fact]
    public void Dates_in_the_wrong_order_are_refused() =>
        Should.Throw<ScheduleTemplateException>(() => SlotGenerator.Generate(Cardiology(), new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 3)))
            .Problems.ShouldHaveSingleItem().Field.ShouldBe("toDate");
}
