namespace TieredCare.Referrals;

/// <summary>A message in Simplified Chinese (shown first in the UI) and English.</summary>
/// <param name="Zh">The Chinese text.</param>
/// <param name="En">The English text.</param>
public readonly record struct BilingualText(string Zh, string En)
{
    /// <summary>Both texts, Chinese first, for logs and exception messages.</summary>
    public override string ToString() => $"{Zh} / {En}";
}
