using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TieredCare.Drg;

namespace TieredCare.Payment;

/// <summary>
/// The fingerprint of a settlement's inputs: SHA-256 over a canonical text of the policy, the reference figures and the
/// cases, so a stored settlement can be re-run and checked. The text is UTF-8, <c>\n</c>-terminated lines:
/// <code>
/// tieredcare-settlement v1
/// policy  &lt;the policy's canonical JSON&gt;
/// method  &lt;method&gt;  &lt;m&gt;  &lt;points per weight&gt;
/// group   &lt;code&gt;  &lt;cases&gt;  &lt;M&gt;  &lt;RW&gt;  &lt;B&gt;        (one per reference group, code order)
/// case    &lt;case_id&gt; &lt;hospital&gt; &lt;level&gt; &lt;yyyy-MM&gt; &lt;drg&gt; &lt;status&gt; &lt;C&gt; &lt;P&gt; &lt;disposition&gt; &lt;los&gt; &lt;0|1&gt;   (ordinal case-id order)
/// </code>
/// fields tab-separated, numbers invariant without trailing zeros, an unknown value empty. The input order of the cases,
/// the layout of the policy file and trailing zeros of amounts do not change it; any value that can change a cent does.
/// </summary>
public static class SettlementFingerprint
{
    /// <summary>The lowercase hex SHA-256 of the canonical text of the inputs; <paramref name="casesInIdOrder"/> must be in ordinal case-id order.</summary>
    public static string Compute(IReadOnlyList<SettlementCase> casesInIdOrder, PaymentPolicy policy, IBasePointMethod method)
    {
        ArgumentNullException.ThrowIfNull(casesInIdOrder);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(method);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder(1 << 16);
        void Flush(bool force)
        {
            if (!force && text.Length < 1 << 15) return;
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
            foreach (var chunk in text.GetChunks())
            {
                var n = Encoding.UTF8.GetBytes(chunk.Span, bytes);
                hash.AppendData(bytes, 0, n);
            }
            ArrayPool<byte>.Shared.Return(bytes);
            text.Clear();
        }

        var invariant = CultureInfo.InvariantCulture;
        text.Append("tieredcare-settlement v1\n");
        text.Append("policy\t").Append(policy.ToCanonicalJson()).Append('\n');
        text.Append("method\t").Append(method.Method).Append('\t').Append(Rounding.Canonical(method.OverallMeanCost)).Append('\t')
            .Append(Rounding.Canonical(method.PointsPerWeight)).Append('\n');
        foreach (var g in method.Groups)
        {
            text.Append("group\t").Append(g.Group).Append('\t').Append(g.Cases.ToString(invariant)).Append('\t').Append(Rounding.Canonical(g.MeanCost)).Append('\t')
                .Append(Rounding.Canonical(g.RelativeWeight)).Append('\t').Append(Rounding.Canonical(g.BasePoints)).Append('\n');
            Flush(false);
        }
        foreach (var c in casesInIdOrder)
        {
            text.Append("case\t").Append(c.CaseId).Append('\t').Append(c.Hospital).Append('\t').Append(c.HospitalLevel.ToString(invariant)).Append('\t')
                .Append(c.Month.ToString()).Append('\t').Append(c.Drg).Append('\t').Append(c.Status.ToWord()).Append('\t')
                .Append(Rounding.Canonical(c.TotalCost)).Append('\t').Append(Rounding.Canonical(c.SelfPay)).Append('\t')
                .Append(c.Disposition?.ToString(invariant)).Append('\t').Append(c.LosDays?.ToString(invariant)).Append('\t')
                .Append(c.SpecialReview ? '1' : '0').Append('\n');
            Flush(false);
        }
        Flush(true);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
