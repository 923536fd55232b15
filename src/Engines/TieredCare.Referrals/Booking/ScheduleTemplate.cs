using System.Globalization;

namespace TieredCare.Referrals.Booking;

/// <summary>
/// A weekly schedule an institution publishes (出诊/检查/床位排班): on the given weekdays, one session from
/// <see cref="SessionStart"/> to <see cref="SessionEnd"/>, cut into slots of <see cref="SlotLength"/>.
/// </summary>
/// <param name="Resource">What the slots are for.</param>
/// <param name="Weekdays">The days with a session.</param>
/// <param name="SessionStart">The session's start (local time).</param>
/// <param name="SessionEnd">The session's end (local time); slots that would run past it are not made.</param>
/// <param name="SlotLength">The length of a slot.</param>
/// <param name="ReservedShare">The share of each session's slots reserved for referrals, 0 to 1.</param>
/// <param name="ReleaseLead">How long before its start a reserved slot opens to the public (e.g. 48 h).</param>
/// <param name="UtcOffset">The institution's offset from UTC; China Standard Time is +08:00.</param>
public sealed record ScheduleTemplate(
    SlotResource Resource,
    IReadOnlyList<DayOfWeek> Weekdays,
    TimeOnly SessionStart,
    TimeOnly SessionEnd,
    TimeSpan SlotLength,
    double ReservedShare,
    TimeSpan ReleaseLead,
    TimeSpan UtcOffset)
{
    /// <summary>At most this many slots per session; null for as many as fit.</summary>
    public int? MaxSlotsPerSession { get; init; }

    /// <summary>Slots side by side at each time (several beds of a ward, two identical scanners); 1 by default.</summary>
    public int Parallel { get; init; } = 1;

    /// <summary>Every bad value, naming its field; empty when the template is usable.</summary>
    public IReadOnlyList<FieldProblem> Validate()
    {
        var problems = new List<FieldProblem>();
        if (Resource is null)
        {
            problems.Add(new(nameof(Resource), new BilingualText("未指定资源", "the resource is missing")));
        }

        if (Weekdays is null || Weekdays.Count == 0)
        {
            problems.Add(new(nameof(Weekdays), new BilingualText("至少需要一个出诊日", "at least one weekday is needed")));
        }

        if (SessionEnd <= SessionStart)
        {
            problems.Add(new(nameof(SessionEnd), new BilingualText("结束时间须晚于开始时间", "the session must end after it starts")));
        }

        if (SlotLength <= TimeSpan.Zero)
        {
            problems.Add(new(nameof(SlotLength), new BilingualText("号源时长必须大于0", "the slot length must be positive")));
        }

        if (!(ReservedShare is >= 0 and <= 1))
        {
            problems.Add(new(nameof(ReservedShare), new BilingualText("预留比例应在0到1之间", "the reserved share must lie between 0 and 1")));
        }

        if (ReleaseLead < TimeSpan.Zero)
        {
            problems.Add(new(nameof(ReleaseLead), new BilingualText("释放提前量不能为负", "the release lead must not be negative")));
        }

        if (UtcOffset.Ticks % TimeSpan.TicksPerMinute != 0 || UtcOffset.Duration() > TimeSpan.FromHours(14))
        {
            problems.Add(new(nameof(UtcOffset), new BilingualText("时区偏移无效", "the UTC offset must be whole minutes within ±14 h")));
        }

        if (MaxSlotsPerSession is <= 0)
        {
            problems.Add(new(nameof(MaxSlotsPerSession), new BilingualText("每场号源数必须大于0", "the slots per session must be positive")));
        }

        if (Parallel <= 0)
        {
            problems.Add(new(nameof(Parallel), new BilingualText("并行号源数必须大于0", "the parallel slots must be positive")));
        }

        return problems;
    }
}

/// <summary>A schedule template that cannot be used; <see cref="Problems"/> names every bad field.</summary>
public sealed class ScheduleTemplateException : ArgumentException
{
    /// <summary>Creates the exception from the template's problems.</summary>
    public ScheduleTemplateException(IReadOnlyList<FieldProblem> problems)
        : base(string.Join("; ", (problems ?? []).Select(p => $"{p.Field}: {p.Reason}"))) => Problems = problems ?? [];

    /// <summary>Creates the exception with a message only.</summary>
    public ScheduleTemplateException() => Problems = [];

    /// <summary>Creates the exception with a message only.</summary>
    public ScheduleTemplateException(string message) : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public ScheduleTemplateException(string message, Exception innerException) : base(message, innerException) => Problems = [];

    /// <summary>The bad fields.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }
}

/// <summary>Turns a schedule template into slots.</summary>
public static class SlotGenerator
{
    /// <summary>
    /// The slots of every session from <paramref name="fromDate"/> to <paramref name="toDate"/> inclusive, in time order.
    /// In each session, round(share × n) slots are reserved, spread evenly: the first slot of each of that many equal
    /// groups, so that referrals get early and late slots alike and the choice is the same on every run.
    /// </summary>
    /// <exception cref="ScheduleTemplateException">The template or the dates are bad.</exception>
    public static IReadOnlyList<Slot> Generate(ScheduleTemplate template, DateOnly fromDate, DateOnly toDate)
    {
        ArgumentNullException.ThrowIfNull(template);
        var problems = template.Validate().ToList();
        if (toDate < fromDate)
        {
            problems.Add(new(nameof(toDate), new BilingualText("结束日期早于开始日期", "the end date is before the start date")));
        }
        else if (toDate.DayNumber - fromDate.DayNumber > 366)
        {
            problems.Add(new(nameof(toDate), new BilingualText("一次最多生成366天的号源", "at most 366 days are generated at once")));
        }

        if (problems.Count > 0)
        {
            throw new ScheduleTemplateException(problems);
        }

        var times = new List<TimeOnly>();
        for (var t = template.SessionStart; ; t = t.Add(template.SlotLength))
        {
            var end = t.ToTimeSpan() + template.SlotLength;
            if (end > template.SessionEnd.ToTimeSpan() || times.Count == (template.MaxSlotsPerSession ?? int.MaxValue))
            {
                break;
            }

            times.Add(t);
        }

        var perSession = checked(times.Count * template.Parallel);
        var reserved = (int)Math.Round(perSession * template.ReservedShare, MidpointRounding.AwayFromZero);
        var reservedIndexes = new HashSet<int>(Enumerable.Range(0, reserved).Select(k => (int)((long)k * perSession / reserved)));
        var days = template.Weekdays.ToHashSet();
        var slots = new List<Slot>();
        for (var date = fromDate; date <= toDate; date = date.AddDays(1))
        {
            if (!days.Contains(date.DayOfWeek))
            {
                continue;
            }

            for (var i = 0; i < perSession; i++)
            {
                var time = times[i / template.Parallel];
                var start = new DateTimeOffset(date.ToDateTime(time), template.UtcOffset);
                var isReserved = reservedIndexes.Contains(i);
                var id = string.Create(CultureInfo.InvariantCulture, $"{template.Resource.Key}/{date:yyyy-MM-dd}T{time:HH\\:mm}")
                    + (template.Parallel > 1 ? string.Create(CultureInfo.InvariantCulture, $"#{(i % template.Parallel) + 1}") : "");
                slots.Add(new Slot(id, template.Resource, start, start + template.SlotLength, isReserved, isReserved ? start - template.ReleaseLead : null));
            }
        }

        return slots;
    }
}
