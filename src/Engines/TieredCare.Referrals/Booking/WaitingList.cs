namespace TieredCare.Referrals.Booking;

/// <summary>A patient waiting for a freed slot.</summary>
/// <param name="Id">The entry's id; breaks ties between entries that joined at the same instant.</param>
/// <param name="Wanted">What the patient waits for; parts left null accept any value.</param>
/// <param name="Request">The booking that would be made.</param>
/// <param name="JoinedAt">When the patient joined the list.</param>
public sealed record WaitingEntry(string Id, SlotResource Wanted, BookingRequest Request, DateTimeOffset JoinedAt);

/// <summary>A waiting list (候补), first come first served, immutable.</summary>
public sealed class WaitingList
{
    private readonly WaitingEntry[] _entries;

    /// <summary>Creates the list; the entries are put in order of joining, then id.</summary>
    public WaitingList(IEnumerable<WaitingEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries.OrderBy(e => e.JoinedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>The entries in the order they are served.</summary>
    public IReadOnlyList<WaitingEntry> Entries => _entries;

    /// <summary>
    /// The first entry that wants the freed slot and may book it now, or null. A reserved slot before its release goes
    /// to the first matching up-referral even if a patient without a referral joined earlier.
    /// </summary>
    public WaitingEntry? OfferNext(Slot slot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return _entries.FirstOrDefault(e => e.Wanted.IsSatisfiedBy(slot.Resource) && BookingRules.CanBook(slot, null, e.Request, now).IsAllowed);
    }

    /// <summary>The list without an entry (after it was served or left).</summary>
    public WaitingList Without(string id) => new(_entries.Where(e => !string.Equals(e.Id, id, StringComparison.Ordinal)));
}
