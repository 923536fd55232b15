using TieredCare.DemoData.Generation;

namespace TieredCare.DemoData.Model;

/// <summary>Everything the row generators share: read-only once the patients exist.</summary>
internal sealed class DemoWorld
{
    public required DemoTables Tables { get; init; }
    public required DemoCalendar Calendar { get; init; }
    public required IReadOnlyList<County> Counties { get; init; }
    public required IReadOnlyList<Village> Villages { get; init; }
    public required IReadOnlyList<Institution> Institutions { get; init; }
    public required IReadOnlyList<Institution> CityHospitals { get; init; }
    public required IReadOnlyList<Network> Networks { get; init; }
    public required IReadOnlyList<(double Lon, double Lat)> CityOutline { get; init; }
    public required PatientStore Patients { get; init; }
}

/// <summary>
/// The master patient index kept as parallel arrays (patient id = index + 1): ~20 bytes a person,
/// so four million residents fit in under 100 MB.
/// </summary>
internal sealed class PatientStore(int capacity)
{
    public int Count { get; set; }
    public int[] BirthDay { get; } = new int[capacity];
    public byte[] Sex { get; } = new byte[capacity];
    public byte[] Insurance { get; } = new byte[capacity];

    /// <summary>How readily the person sees a doctor (0–255), by age and a personal factor.</summary>
    public byte[] VisitPropensity { get; } = new byte[capacity];

    public int[] Village { get; } = new int[capacity];

    /// <summary>Day number from which the person has no more ordinary activity (a fatal admission), or int.MaxValue.</summary>
    public int[] ActiveUntil { get; } = new int[capacity];

    public int AgeAt(int patient, DateOnly date)
    {
        var birth = DateOnly.FromDayNumber(BirthDay[patient]);
        var age = date.Year - birth.Year;
        if (date.Month < birth.Month || (date.Month == birth.Month && date.Day < birth.Day))
        {
            age--;
        }

        return age;
    }
}
