using System.Globalization;

namespace TieredCare.Payment;

/// <summary>One bad cell or line of a cases file.</summary>
/// <param name="Line">The 1-based line (the header is line 1).</param>
/// <param name="Column">The column, or <see langword="null"/> when the problem concerns the whole line or the header.</param>
/// <param name="Problem">What is wrong.</param>
public sealed record CaseFileProblem(int Line, string? Column, string Problem)
{
    /// <inheritdoc />
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Problem}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column '{Column}': {Problem}");
}

/// <summary>A cases file that cannot be read: every problem found, each naming its line and column.</summary>
public sealed class SettlementCaseFileException : FormatException
{
    private const int Shown = 20;

    /// <summary>Creates the exception for <paramref name="problems"/> (at least one).</summary>
    public SettlementCaseFileException(IReadOnlyList<CaseFileProblem> problems) : base(Describe(problems)) => Problems = problems;

    /// <summary>Creates the exception with a message only.</summary>
    public SettlementCaseFileException(string message) : base(message) => Problems = [new CaseFileProblem(0, null, message)];

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SettlementCaseFileException(string message, Exception innerException) : base(message, innerException) =>
        Problems = [new CaseFileProblem(0, null, message)];

    /// <summary>Creates an empty exception.</summary>
    public SettlementCaseFileException() : this("invalid cases file") { }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<CaseFileProblem> Problems { get; }

    private static string Describe(IReadOnlyList<CaseFileProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var lines = problems.Take(Shown).Select(p => p.ToString());
        var more = problems.Count > Shown ? [string.Create(CultureInfo.InvariantCulture, $"… and {problems.Count - Shown} more")] : Array.Empty<string>();
        return string.Create(CultureInfo.InvariantCulture, $"{problems.Count} problem(s) in the cases file:\n  ") + string.Join("\n  ", lines.Concat(more));
    }
}

/// <summary>A policy that cannot be used: every problem found, each starting with the item it concerns (e.g. <c>budget: missing</c>).</summary>
public sealed class PaymentPolicyException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/> (at least one).</summary>
    public PaymentPolicyException(IReadOnlyList<string> problems)
        : base("the payment policy is invalid:\n  " + string.Join("\n  ", problems ?? throw new ArgumentNullException(nameof(problems)))) =>
        Problems = problems;

    /// <summary>Creates the exception with a message only.</summary>
    public PaymentPolicyException(string message) : base(message) => Problems = [message];

    /// <summary>Creates the exception with a message and a cause.</summary>
    public PaymentPolicyException(string message, Exception innerException) : base(message, innerException) => Problems = [message];

    /// <summary>Creates an empty exception.</summary>
    public PaymentPolicyException() : this("invalid payment policy") { }

    /// <summary>Every problem, each naming its item.</summary>
    public IReadOnlyList<string> Problems { get; }
}

/// <summary>
/// A settlement that cannot be made from its inputs (a case the reference cannot weigh, no points at all, a duplicated case,
/// a budget that leaves nothing for points): every problem found, each naming its item. No partial settlement exists.
/// </summary>
public sealed class SettlementException : Exception
{
    private const int Shown = 20;

    /// <summary>Creates the exception for <paramref name="problems"/> (at least one).</summary>
    public SettlementException(IReadOnlyList<string> problems) : base(Describe(problems)) => Problems = problems;

    /// <summary>Creates the exception with a message only.</summary>
    public SettlementException(string message) : base(Describe([message])) => Problems = [message];

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SettlementException(string message, Exception innerException) : base(Describe([message]), innerException) => Problems = [message];

    /// <summary>Creates an empty exception.</summary>
    public SettlementException() : this("the settlement cannot be made") { }

    /// <summary>Every problem, each naming its item (a case id, a DRG, the budget).</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 1) return "no settlement: " + problems[0];
        var more = problems.Count > Shown ? [string.Create(CultureInfo.InvariantCulture, $"… and {problems.Count - Shown} more")] : Array.Empty<string>();
        return string.Create(CultureInfo.InvariantCulture, $"no settlement, {problems.Count} problems:\n  ") + string.Join("\n  ", problems.Take(Shown).Concat(more));
    }
}
