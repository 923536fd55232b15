namespace TieredCare.Patients;

/// <summary>The identifying facts the duplicate rules compare; no contact details needed.</summary>
public sealed record PatientIdentity(long Id, string? ResidentId, string Name, Sex Sex, DateOnly BirthDate, string? Phone);

public enum DuplicateReason
{
    SameResidentId,             // the same ID number registered twice
    SameNameSexBirthDate,       // 同名同性别同出生日期
    SameNameBirthDateAndPhone,  // same person, sex recorded differently
}

public sealed record DuplicateCandidate(long FirstId, long SecondId, DuplicateReason Reason);

/// <summary>
/// Finds records that probably describe the same person. Deterministic rules only: a merge is
/// decided by a person, so false positives cost a review while false negatives hide history.
/// </summary>
public static class DuplicateRules
{
    public static IReadOnlyList<DuplicateCandidate> FindCandidates(IEnumerable<PatientIdentity> patients)
    {
        var list = patients.ToList();
        var found = new Dictionary<(long, long), DuplicateCandidate>();

        void AddGroups<TKey>(Func<PatientIdentity, TKey?> key, DuplicateReason reason) where TKey : notnull
        {
            foreach (var group in list.Where(p => key(p) is not null).GroupBy(p => key(p)!))
            {
                var members = group.OrderBy(p => p.Id).ToList();
                for (var i = 0; i < members.Count; i++)
                {
                    for (var j = i + 1; j < members.Count; j++)
                    {
                        var pair = (members[i].Id, members[j].Id);
                        found.TryAdd(pair, new DuplicateCandidate(pair.Item1, pair.Item2, reason));
                    }
                }
            }
        }

        AddGroups(p => string.IsNullOrEmpty(p.ResidentId) ? null : p.ResidentId, DuplicateReason.SameResidentId);
        AddGroups(p => (Name: Normalize(p.Name), p.Sex, p.BirthDate), DuplicateReason.SameNameSexBirthDate);
        AddGroups(p => string.IsNullOrEmpty(p.Phone) ? null : (Name: Normalize(p.Name), p.BirthDate, p.Phone).ToString(), DuplicateReason.SameNameBirthDateAndPhone);

        return found.Values.OrderBy(c => c.FirstId).ThenBy(c => c.SecondId).ToList();
    }

    private static string Normalize(string name) => name.Replace(" ", "", StringComparison.Ordinal).Replace("·", "", StringComparison.Ordinal);
}
