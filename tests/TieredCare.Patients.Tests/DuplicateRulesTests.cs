using TieredCare.Patients;

namespace TieredCare.Patients.Tests;

public sealed class DuplicateRulesTests
{
    private static readonly DateOnly Birth = new(1960, 5, 1);

    [Fact]
    public void Same_name_sex_and_birth_date_is_a_candidate_even_without_an_id_number()
    {
        var candidates = DuplicateRules.FindCandidates(
        [
            new PatientIdentity(1, "330502196005010011", "李建国", Sex.Male, Birth, null),
            new PatientIdentity(2, null, "李建国", Sex.Male, Birth, null),
            new PatientIdentity(3, null, "李建军", Sex.Male, Birth, null),
        ]);
        candidates.ShouldHaveSingleItem().ShouldBe(new DuplicateCandidate(1, 2, DuplicateReason.SameNameSexBirthDate));
    }

    [Fact]
    public void A_pair_is_reported_once_with_its_strongest_reason()
    {
        var candidates = DuplicateRules.FindCandidates(
        [
            new PatientIdentity(7, "330502196005010011", "李建国", Sex.Male, Birth, "13800000001"),
            new PatientIdentity(4, "330502196005010011", "李建国", Sex.Male, Birth, "13800000001"),
        ]);
        candidates.ShouldHaveSingleItem().ShouldBe(new DuplicateCandidate(4, 7, DuplicateReason.SameResidentId));
    }

    [Fact]
    public void Same_name_birth_date_and_phone_catches_a_miscoded_sex()
    {
        var candidates = DuplicateRules.FindCandidates(
        [
            new PatientIdentity(1, null, "赵敏", Sex.Female, Birth, "13900000002"),
            new PatientIdentity(2, null, "赵敏", Sex.Male, Birth, "13900000002"),
        ]);
        candidates.ShouldHaveSingleItem().Reason.ShouldBe(DuplicateReason.SameNameBirthDateAndPhone);
    }
}
