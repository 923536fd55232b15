namespace TieredCare.Referrals;

/// <summary>A bad input field and why, for a validation response that names the field.</summary>
/// <param name="Field">The field's name.</param>
/// <param name="Reason">Why, in Chinese and English.</param>
public sealed record FieldProblem(string Field, BilingualText Reason);
