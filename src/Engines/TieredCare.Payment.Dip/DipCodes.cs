namespace TieredCare.Payment.Dip;

/// <summary>
/// The codes a DIP combination is keyed on: the principal diagnosis cut to its ICD-10 subcategory (亚目, 4 characters
/// such as <c>J18.9</c>) and the set of ICD-9-CM-3 procedure codes as given; and the default rule that sorts procedures
/// into treatment types.
/// </summary>
/// <remarks>
/// <para>Keys are <c>diagnosis|right</c>. A core combination's diagnosis is a subcategory (<c>J18.9</c>) and its right side
/// the procedure codes sorted ordinally, without repeats, joined by <c>+</c> (<c>K80.1|51.2300+51.2301</c>), or the word
/// <c>conservative</c> for no procedure (<c>J18.9|conservative</c>). A pooled combination's diagnosis is a category
/// (<c>J18</c>), a chapter letter (<c>J</c>) or <c>*</c> for every diagnosis, and its right side a treatment word
/// (<c>J18|surgery</c>).</para>
/// </remarks>
public static class DipCodes
{
    internal const char KeySeparator = '|';
    internal const char ProcedureSeparator = '+';
    internal const string AnyDiagnosis = "*";

    /// <summary>
    /// The 4-character subcategory key of an ICD-10 code: the category (a letter and two digits), a dot, and the first
    /// subcategory character, a digit or the 医保版 placeholder <c>x</c>. <c>J18.900</c> → <c>J18.9</c>,
    /// <c>I10.x00x002</c> → <c>I10.x</c>, <c>J189</c> (no dot) → <c>J18.9</c>.
    /// </summary>
    /// <remarks>
    /// Surrounding white space is ignored; the letter is upper-cased and <c>X</c> becomes <c>x</c>. A code given at
    /// category level (<c>I10</c>, or <c>A18+</c> / <c>A18*</c> / <c>A18†</c> with a dagger-asterisk mark straight after the
    /// category) has no subcategory and keys as <c>I10.x</c>, the placeholder the 医保版 uses for exactly that. Everything
    /// after the subcategory character (extension digits, a dagger or asterisk code) is ignored.
    /// </remarks>
    /// <exception cref="ArgumentException">The code does not start with a letter and two digits, or what follows them is not
    /// a dot and a digit or <c>x</c>, a digit, an <c>x</c>, a dagger-asterisk mark or the end.</exception>
    public static string Subcategory(string icd10)
    {
        ArgumentNullException.ThrowIfNull(icd10);
        return TrySubcategory(icd10) ?? throw new ArgumentException(
            $"'{icd10}' is not an ICD-10 code: expected a letter, two digits, then '.' and a digit or 'x' (e.g. J18.900, I10.x00x002)",
            nameof(icd10));
    }

    /// <summary>The key of the core combination a diagnosis and procedures fall into, e.g. <c>J18.9|conservative</c> or <c>K80.1|51.2300+51.2301</c>.</summary>
    /// <exception cref="ArgumentException">The diagnosis is not an ICD-10 code, or a procedure code is empty or contains white space, '+' or '|'.</exception>
    public static string CoreKey(string principalDiagnosis, IEnumerable<string> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var codes = procedures.ToArray();
        foreach (var code in codes)
        {
            if (ProcedureProblem(code) is { } problem) throw new ArgumentException(problem, nameof(procedures));
        }
        return KeyOf(Subcategory(principalDiagnosis), SortedDistinct(codes));
    }

    /// <summary>
    /// The default treatment type of an ICD-9-CM-3 code, by its chapter (the two digits before the dot): 00–86 (operations,
    /// and chapter 00's interventions such as 00.66 PTCA) are <see cref="TreatmentType.Surgery"/>; 87–91 (diagnostic imaging,
    /// examinations, laboratory) <see cref="TreatmentType.Diagnostic"/>; 92–99 (radiotherapy, physical and psychiatric therapy,
    /// intubation, injection, transfusion and other non-operative treatment) <see cref="TreatmentType.Therapeutic"/>.
    /// </summary>
    /// <remarks>
    /// A chapter-level approximation: the 医保版 code list marks every code as an operation, a diagnostic or a therapeutic
    /// procedure, and that attribute differs from the chapter for e.g. endoscopic biopsies in 01–86 (diagnostic), scans in
    /// 92.0–92.1, evaluations in 94.0–94.1 and eye and hearing tests in 95 (all diagnostic). Pass a classifier built from that
    /// list through <see cref="DipOptions.Classifier"/> for the national split.
    /// </remarks>
    /// <exception cref="ArgumentException">The code does not start with two digits.</exception>
    public static TreatmentType DefaultTreatmentType(string procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.Length < 2 || !char.IsAsciiDigit(procedure[0]) || !char.IsAsciiDigit(procedure[1]))
        {
            throw new ArgumentException($"'{procedure}' is not an ICD-9-CM-3 code: it must start with the two digits of its chapter", nameof(procedure));
        }
        var chapter = ((procedure[0] - '0') * 10) + (procedure[1] - '0');
        return chapter <= 86 ? TreatmentType.Surgery : chapter <= 91 ? TreatmentType.Diagnostic : TreatmentType.Therapeutic;
    }

    internal static string? TrySubcategory(string code)
    {
        var c = code.AsSpan().Trim();
        if (c.Length < 3 || !char.IsAsciiLetter(c[0]) || !char.IsAsciiDigit(c[1]) || !char.IsAsciiDigit(c[2])) return null;
        char sub;
        if (c.Length == 3 || c[3] is '+' or '*' or '†') sub = 'x';
        else if (c[3] == '.') sub = c.Length > 4 ? c[4] : '\0';
        else sub = c[3];
        if (sub == 'X') sub = 'x';
        if (sub != 'x' && !char.IsAsciiDigit(sub)) return null;
        return string.Create(5, (Letter: char.ToUpperInvariant(c[0]), D1: c[1], D2: c[2], Sub: sub), static (span, s) =>
        {
            span[0] = s.Letter;
            span[1] = s.D1;
            span[2] = s.D2;
            span[3] = '.';
            span[4] = s.Sub;
        });
    }

    /// <summary>Why a procedure code cannot be part of a key, or <see langword="null"/> when it can.</summary>
    internal static string? ProcedureProblem(string? code)
    {
        if (string.IsNullOrEmpty(code)) return "a procedure code is empty";
        if (DipWords.ParseTreatment(code) is not null) return $"'{code}' is a treatment word, not a procedure code";
        foreach (var ch in code)
        {
            if (char.IsWhiteSpace(ch) || ch is ProcedureSeparator or KeySeparator)
            {
                return $"procedure code '{code}' contains white space, '{ProcedureSeparator}' or '{KeySeparator}'";
            }
        }
        return null;
    }

    /// <summary>The codes sorted ordinally without repeats; the input is not changed.</summary>
    internal static string[] SortedDistinct(IReadOnlyList<string> codes)
    {
        switch (codes.Count)
        {
            case 0: return [];
            case 1: return [codes[0]];
            case 2:
                var order = string.CompareOrdinal(codes[0], codes[1]);
                return order == 0 ? [codes[0]] : order < 0 ? [codes[0], codes[1]] : [codes[1], codes[0]];
        }
        var sorted = codes.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var n = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (!string.Equals(sorted[i], sorted[n - 1], StringComparison.Ordinal)) sorted[n++] = sorted[i];
        }
        return n == sorted.Length ? sorted : sorted[..n];
    }

    internal static string KeyOf(string subcategory, string[] sortedProcedures) => sortedProcedures.Length switch
    {
        0 => PoolKey(subcategory, TreatmentType.Conservative),
        1 => string.Concat(subcategory, "|", sortedProcedures[0]),
        _ => string.Concat(subcategory, "|", string.Join(ProcedureSeparator, sortedProcedures)),
    };

    internal static string PoolKey(string diagnosis, TreatmentType treatment) => string.Concat(diagnosis, "|", treatment.ToWord());

    /// <summary>Whether <paramref name="diagnosis"/> is the diagnosis part of a pooled key: a category (<c>J18</c>), a chapter letter (<c>J</c>) or <c>*</c>.</summary>
    internal static bool IsPoolDiagnosis(string diagnosis) => diagnosis switch
    {
        AnyDiagnosis => true,
        [var letter] => char.IsAsciiLetterUpper(letter),
        [var letter, var d1, var d2] => char.IsAsciiLetterUpper(letter) && char.IsAsciiDigit(d1) && char.IsAsciiDigit(d2),
        _ => false,
    };
}
