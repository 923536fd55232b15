using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TieredCare.Persistence.Audit;

/// <summary>The SHA-256 hash chain over audit entries; pure, so verification needs only the rows.</summary>
public static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEntry e)
    {
        // Unit separators keep field boundaries unambiguous whatever the fields contain.
        var canonical = string.Join('\u001f',
            e.PreviousHash,
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.UserName,
            e.Action,
            e.EntityType,
            e.EntityKey,
            e.PatientId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Reason ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public sealed record VerificationResult(bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string? Problem);

    /// <summary>Checks entries in sequence order: contiguous numbering, links and hashes.</summary>
    public static VerificationResult Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var previousHash = GenesisHash;
        long expectedSequence = 1;
        long checkedCount = 0;
        foreach (var entry in entriesInOrder)
        {
            if (entry.Sequence != expectedSequence)
            {
                return new(false, checkedCount, expectedSequence, $"entry {expectedSequence} is missing (next is {entry.Sequence})");
            }

            if (entry.PreviousHash != previousHash)
            {
                return new(false, checkedCount, entry.Sequence, $"entry {entry.Sequence} does not link to the entry before it");
            }

            if (ComputeHash(entry) != entry.Hash)
            {
                return new(false, checkedCount, entry.Sequence, $"entry {entry.Sequence} was altered (hash mismatch)");
            }

            previousHash = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }

        return new(true, checkedCount, null, null);
    }
}
