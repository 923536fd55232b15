namespace TieredCare.Supervision;

/// <summary>The validated cases of one run with their DRG codes taken apart once.</summary>
internal sealed class CaseSet
{
    private CaseSet(IReadOnlyList<SupervisedCase> cases, DrgCodeParts?[] drgs, Dictionary<string, int> index) =>
        (Cases, Drgs, Index) = (cases, drgs, index);

    public IReadOnlyList<SupervisedCase> Cases { get; }

    /// <summary>Each case's DRG, or null when the code is not a CHS-DRG code (the case did not group).</summary>
    public DrgCodeParts?[] Drgs { get; }

    /// <summary>Each case's position by case id.</summary>
    public Dictionary<string, int> Index { get; }

    public int Count => Cases.Count;

    /// <summary>Checks every case and that case ids are unique.</summary>
    /// <exception cref="ArgumentException">A case is null or invalid, or a case id repeats.</exception>
    public static CaseSet Of(IReadOnlyList<SupervisedCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var ids = new Dictionary<string, int>(cases.Count, StringComparer.Ordinal);
        var parsed = new Dictionary<string, DrgCodeParts?>(StringComparer.Ordinal);
        var drgs = new DrgCodeParts?[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i] ?? throw new ArgumentException($"case {i} is null", nameof(cases));
            c.Validate();
            if (!ids.TryAdd(c.CaseId, i)) throw new ArgumentException($"case id '{c.CaseId}' appears twice", nameof(cases));
            if (!parsed.TryGetValue(c.Drg, out var parts))
            {
                parts = DrgCode.TryParse(c.Drg, out var p) ? p : null;
                parsed.Add(c.Drg, parts);
            }
            drgs[i] = parts;
        }
        return new CaseSet(cases, drgs, ids);
    }
}
