namespace TieredCare.Referrals.Booking;

/// <summary>What a slot gives access to.</summary>
public enum SlotKind
{
    /// <summary>An outpatient appointment with a department and, optionally, a doctor (门诊号源).</summary>
    Outpatient,

    /// <summary>An examination on a device (检查).</summary>
    Exam,

    /// <summary>An admission to a ward bed (床位).</summary>
    Bed,
}

/// <summary>The kind of device an exam slot is on.</summary>
public enum ExamDevice
{
    /// <summary>Computed tomography.</summary>
    CT,

    /// <summary>Magnetic resonance imaging.</summary>
    Mri,

    /// <summary>Ultrasound (超声).</summary>
    Ultrasound,

    /// <summary>Endoscopy (内镜).</summary>
    Endoscopy,

    /// <summary>Radiography (DR/X线).</summary>
    XRay,

    /// <summary>Electrocardiography (心电).</summary>
    Ecg,
}

/// <summary>
/// The resource a slot is for. Use the factories: an outpatient slot has a department (and a doctor, or none for a
/// department-wide 普通号), an exam slot a device, a bed slot a ward.
/// </summary>
public sealed record SlotResource(SlotKind Kind, string InstitutionCode, string? DepartmentCode, string? DoctorId, ExamDevice? Device, string? WardCode)
{
    /// <summary>An outpatient resource.</summary>
    public static SlotResource Outpatient(string institutionCode, string departmentCode, string? doctorId = null) =>
        new(SlotKind.Outpatient, institutionCode, departmentCode, doctorId, null, null);

    /// <summary>An exam resource; the department is the one running the device, when known.</summary>
    public static SlotResource Exam(string institutionCode, ExamDevice device, string? departmentCode = null) =>
        new(SlotKind.Exam, institutionCode, departmentCode, null, device, null);

    /// <summary>A bed resource.</summary>
    public static SlotResource Bed(string institutionCode, string wardCode, string? departmentCode = null) =>
        new(SlotKind.Bed, institutionCode, departmentCode, null, null, wardCode);

    /// <summary>
    /// True when this resource, as wanted, is satisfied by <paramref name="offered"/>: same kind and institution, and
    /// every part given here equal (a request without a doctor takes any doctor of the department).
    /// </summary>
    public bool IsSatisfiedBy(SlotResource offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        return Kind == offered.Kind
            && Same(InstitutionCode, offered.InstitutionCode)
            && (DepartmentCode is null || Same(DepartmentCode, offered.DepartmentCode))
            && (DoctorId is null || Same(DoctorId, offered.DoctorId))
            && (Device is null || Device == offered.Device)
            && (WardCode is null || Same(WardCode, offered.WardCode));
    }

    /// <summary>A key for slot ids, e.g. <c>outpatient/H01/03.04/D7</c>.</summary>
    internal string Key => Kind switch
    {
        SlotKind.Outpatient => $"outpatient/{InstitutionCode}/{DepartmentCode}/{DoctorId ?? "*"}",
        SlotKind.Exam => $"exam/{InstitutionCode}/{Device}",
        _ => $"bed/{InstitutionCode}/{WardCode}",
    };

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);
}

/// <summary>
/// One bookable unit of capacity 1. A slot reserved for referrals (预留号源) is open only to matching up-referrals until
/// <see cref="ReleaseAt"/>, and to everyone after.
/// </summary>
/// <param name="Id">A stable id.</param>
/// <param name="Resource">What the slot is for.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="ReservedForReferrals">True for a slot kept for referrals from the grassroots.</param>
/// <param name="ReleaseAt">When a reserved slot opens to the public; null for an ordinary slot.</param>
public sealed record Slot(string Id, SlotResource Resource, DateTimeOffset Start, DateTimeOffset End, bool ReservedForReferrals, DateTimeOffset? ReleaseAt)
{
    /// <summary>Every slot holds one booking; the database enforces it too.</summary>
    public const int Capacity = 1;

    /// <summary>True when the slot is open to patients without a referral at <paramref name="now"/>.</summary>
    public bool IsOpenToPublic(DateTimeOffset now) => !ReservedForReferrals || (ReleaseAt is { } release && now >= release);
}
