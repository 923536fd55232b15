using System.Collections.Frozen;

namespace TieredCare.Abstracts;

/// <summary>
/// The diagnosis (ICD-10) and procedure (ICD-9-CM-3) code sets an abstract is checked against, code → name.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class CodeDictionary
{
    /// <summary>The diagnosis dictionary's file name in a folder.</summary>
    public const string DiagnosisFile = "icd10.tsv";

    /// <summary>The procedure dictionary's file name in a folder.</summary>
    public const string ProcedureFile = "icd9cm3.tsv";

    private CodeDictionary(FrozenDictionary<string, string> diagnoses, FrozenDictionary<string, string> procedures) =>
        (Diagnoses, Procedures) = (diagnoses, procedures);

    /// <summary>Diagnosis code → name.</summary>
    public FrozenDictionary<string, string> Diagnoses { get; }

    /// <summary>Procedure code → name.</summary>
    public FrozenDictionary<string, string> Procedures { get; }

    /// <summary>
    /// Loads <c>icd10.tsv</c> and <c>icd9cm3.tsv</c> from a folder: UTF-8, tab-separated, header
    /// <c>code	name</c> (the format of the CHS-DRG table set). A code listed twice keeps its last name.
    /// </summary>
    /// <exception cref="FileNotFoundException">A file is missing; the message names it.</exception>
    /// <exception cref="InvalidDataException">A file has the wrong header or a malformed line; the message names the file and line.</exception>
    public static CodeDictionary Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return new CodeDictionary(ReadFile(folder, DiagnosisFile), ReadFile(folder, ProcedureFile));
    }

    /// <summary>Reads the two dictionaries from readers in the file format; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="InvalidDataException">A wrong header or a malformed line.</exception>
    public static CodeDictionary Load(TextReader diagnoses, TextReader procedures, string source = "")
    {
        ArgumentNullException.ThrowIfNull(diagnoses);
        ArgumentNullException.ThrowIfNull(procedures);
        return new CodeDictionary(Read(diagnoses, Path.Combine(source, DiagnosisFile)), Read(procedures, Path.Combine(source, ProcedureFile)));
    }

    /// <summary>A dictionary of bare codes, with empty names (for tests and small fixtures).</summary>
    public static CodeDictionary FromCodes(IEnumerable<string> diagnoses, IEnumerable<string> procedures)
    {
        ArgumentNullException.ThrowIfNull(diagnoses);
        ArgumentNullException.ThrowIfNull(procedures);
        return new CodeDictionary(
            diagnoses.Distinct(StringComparer.Ordinal).ToFrozenDictionary(c => c, _ => "", StringComparer.Ordinal),
            procedures.Distinct(StringComparer.Ordinal).ToFrozenDictionary(c => c, _ => "", StringComparer.Ordinal));
    }

    /// <summary>A dictionary of codes with names.</summary>
    public static CodeDictionary FromNames(IReadOnlyDictionary<string, string> diagnoses, IReadOnlyDictionary<string, string> procedures)
    {
        ArgumentNullException.ThrowIfNull(diagnoses);
        ArgumentNullException.ThrowIfNull(procedures);
        return new CodeDictionary(diagnoses.ToFrozenDictionary(StringComparer.Ordinal), procedures.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>True when <paramref name="code"/> is a diagnosis code of the dictionary (exactly as written).</summary>
    public bool IsDiagnosis(string? code) => code is not null && Diagnoses.ContainsKey(code);

    /// <summary>True when <paramref name="code"/> is a procedure code of the dictionary (exactly as written).</summary>
    public bool IsProcedure(string? code) => code is not null && Procedures.ContainsKey(code);

    /// <summary>The diagnosis's name, or <see langword="null"/> for an unknown code.</summary>
    public string? DiagnosisName(string? code) => code is not null && Diagnoses.TryGetValue(code, out var name) ? name : null;

    /// <summary>The procedure's name, or <see langword="null"/> for an unknown code.</summary>
    public string? ProcedureName(string? code) => code is not null && Procedures.TryGetValue(code, out var name) ? name : null;

    private static FrozenDictionary<string, string> ReadFile(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"code dictionary file {file} is missing from {folder}", path);
        }

        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    private static FrozenDictionary<string, string> Read(TextReader reader, string source)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, cells) in Tsv.Read(reader, source, ["code", "name"]))
        {
            if (cells[0].Length == 0) throw Tsv.Error(source, line, "the code is empty");
            codes[cells[0]] = cells[1];
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
