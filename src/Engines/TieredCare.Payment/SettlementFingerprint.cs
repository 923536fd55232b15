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
/// paid    &lt;yyyy-MM&gt; &lt;hospital&gt; &lt;amount&gt;   (advances recorded by monthly advance runs, month then hospital order; absent when none)
/// </code>
/// fields tab-separated, numbers invariant without trailing zeros, an unknown value empty. The input order of the cases,
/// the layout of the policy file and trailing zeros of amounts do not change it; any value that can change a cent does.
/// </summary>
public static class SettlementFingerprint
{
    /// <summary>The lowercase hex SHA-256 of the canonical text of the inputs; <paramref name="casesInIdOrder"/> must be in ordinal case-id order.</summary>
    public static string Compute(IReadOnlyList<SettlementCase> casesInIdOrder, PaymentPolicy policy, IBasePointMethod method) =>
        Compute(casesInIdOrder, policy, method, PaidAdvances.None);

    /// <summary>As <see cref="Compute(IReadOnlyList{SettlementCase}, PaymentPolicy, IBasePointMethod)"/>, with the recorded advances, which change balances.</summary>
    public static string Compute(IReadOnlyList<SettlementCase> casesInIdOrder, PaymentPolicy policy, IBasePointMethod method, PaidAdvances paid)
    {
        ArgumentNullException.ThrowIfNull(paid);
        ArgumentNullException.ThrowIfNull(casesInIdOrder);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(method);
        using var text = new Utf8Hasher();
        text.Text("tieredcare-settlement v1\npolicy\t").Text(policy.ToCanonicalJson()).Line();
        text.Text("method\t").Text(method.Method).Tab().Number(method.OverallMeanCost).Tab().Number(method.PointsPerWeight).Line();
        foreach (var g in method.Groups)
        {
            text.Text("group\t").Text(g.Group).Tab().Whole(g.Cases).Tab().Number(g.MeanCost).Tab().Number(g.RelativeWeight).Tab().Number(g.BasePoints).Line();
        }
        foreach (var c in casesInIdOrder)
        {
            text.Text("case\t").Text(c.CaseId).Tab().Text(c.Hospital).Tab().Whole(c.HospitalLevel).Tab()
                .Whole(c.Month.Year).Text(c.Month.Month < 10 ? "-0" : "-").Whole(c.Month.Month).Tab().Text(c.Drg).Tab().Text(c.Status.ToWord()).Tab()
                .Number(c.TotalCost).Tab().Number(c.SelfPay).Tab().Whole(c.Disposition).Tab().Whole(c.LosDays).Tab().Text(c.SpecialReview ? "1" : "0").Line();
        }
        foreach (var (month, byHospital) in paid.ByMonth.OrderBy(p => p.Key))
        {
            foreach (var (hospital, amount) in byHospital.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Text("paid\t").Text(month.ToString()).Tab().Text(hospital).Tab().Number(amount).Line();
            }
        }
        return text.Hash();
    }

    /// <summary>Encodes text into a buffer and hashes it a buffer at a time.</summary>
    private sealed class Utf8Hasher : IDisposable
    {
        private const int Size = 1 << 16;
        private const int Reserve = 64;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _buffer = new byte[Size];
        private int _used;

        public Utf8Hasher Text(string text)
        {
            if (_used + Encoding.UTF8.GetMaxByteCount(text.Length) > Size) Flush();
            if (Encoding.UTF8.GetMaxByteCount(text.Length) > Size)
            {
                _hash.AppendData(Encoding.UTF8.GetBytes(text));
                return this;
            }
            _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
            return this;
        }

        public Utf8Hasher Number(decimal value)
        {
            Room();
            _used += Rounding.Canonical(value, _buffer.AsSpan(_used, Reserve));
            return this;
        }

        public Utf8Hasher Whole(int? value)
        {
            if (value is not { } number) return this;
            Room();
            number.TryFormat(_buffer.AsSpan(_used, Reserve), out var written, default, CultureInfo.InvariantCulture);
            _used += written;
            return this;
        }

        public Utf8Hasher Tab() => Byte((byte)'\t');

        public Utf8Hasher Line() => Byte((byte)'\n');

        public string Hash()
        {
            Flush();
            return Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        public void Dispose() => _hash.Dispose();

        private Utf8Hasher Byte(byte b)
        {
            Room();
            _buffer[_used++] = b;
            return this;
        }

        private void Room()
        {
            if (_used + Reserve > Size) Flush();
        }

        private void Flush()
        {
            _hash.AppendData(_buffer, 0, _used);
            _used = 0;
        }
    }
}
