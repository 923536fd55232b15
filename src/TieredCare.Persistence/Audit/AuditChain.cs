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
        var verifier = new Verifier();
        foreach (var entry in entriesInOrder)
        {
            if (!verifier.Check(entry))
            {
                break;
            }
        }

        return verifier.Result;
    }

    /// <summary>Verifies a stream one entry at a time, so a long log never has to fit in memory.</summary>
    public sealed class Verifier
    {
        private string previousHash = GenesisHash;
        private long expectedSequence = 1;
        private long checkedCount;
        private VerificationResult? failure;

        public VerificationResult Result => failure ?? new(true, checkedCount, null, null);

        /// <summary>Returns false at the first broken entry; later entries are not checked.</summary>
        public bool Check(AuditEntry entry)
        {
            if (failure is not null)
            {
                return false;
            }

            if (entry.Sequence != expectedSequence)
            {
                failure = new(false, checkedCount, expectedSequence, $"entry {expectedSequence} is missing (next is {entry.Sequence})");
            }
            else if (entry.PreviousHash != previousHash)
            {
                failure = new(false, checkedCount, entry.Sequence, $"entry {entry.Sequence} does not link to the entry before it");
            }
            else if (ComputeHash(entry) != entry.Hash)
            {
                failure = new(false, checkedCount, entry.Sequence, $"entry {entry.Sequence} was altered (hash mismatch)");
            }

            if (failure is not null)
            {
                return false;
            }

            previousHash = entry.Hash;
            expectedSequence++;
            checkedCount++;
            return true;
        }
    }
}
