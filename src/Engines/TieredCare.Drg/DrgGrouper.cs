namespace TieredCare.Drg;

/// <summary>
/// Groups a record with a table set, following the table set README's algorithm: validation, MDCs in try order
/// with fall-through to the next MDC when none of an MDC's ADRGs matches, the optional QY check, and the DRG split.
/// Pure and thread-safe.
/// </summary>
public static class DrgGrouper
{
    private static readonly GroupingResult UngroupableResult = new("0000", "00", "0000", GroupingStatus.Ungroupable, null, []);

    private static readonly GroupingResult[] InvalidResults =
        [.. Enum.GetValues<ValidationRule>().Select(rule => new GroupingResult("0000", "00", "0000", GroupingStatus.Invalid, rule, []))];

    /// <summary>Groups <paramref name="record"/> and records the steps that decided in <see cref="GroupingResult.Trace"/>.</summary>
    public static GroupingResult Group(GroupingRecord record, DrgTableSet tables)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(tables);
        var trace = new List<TraceStep>();
        var result = Run(record, tables, trace);
        return result with { Trace = trace };
    }

    /// <summary>Groups <paramref name="record"/> without a trace; the same outcome as <see cref="Group"/>, without allocating.</summary>
    public static GroupingResult GroupFast(GroupingRecord record, DrgTableSet tables)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(tables);
        return Run(record, tables, null);
    }

    /// <summary>The first validation rule <paramref name="record"/> fails, or <see langword="null"/>.</summary>
    public static ValidationRule? Validate(GroupingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Sex is null) return ValidationRule.SexMissing;
        if (record.Sex is not (1 or 2)) return ValidationRule.SexNotOneOrTwo;
        if (record.AgeYears is null) return ValidationRule.AgeMissing;
        if (record.AgeYears == 0 && record.AgeDays is null) return ValidationRule.AgeDaysMissingAtAgeZero;
        if (record.AgeYears == 0 && record.AgeDays <= 28 && record.WeightG is null) return ValidationRule.NewbornWeightMissing;
        if (record.Diagnoses.Length == 0) return ValidationRule.NoDiagnoses;
        return null;
    }

    private static GroupingResult Run(GroupingRecord record, DrgTableSet tables, List<TraceStep>? trace)
    {
        if (Validate(record) is { } failed)
        {
            trace?.Add(new("validation", $"failed {failed.Describe()}"));
            return InvalidResults[(int)failed - 1];
        }
        trace?.Add(new("validation", "passed"));

        var dx = record.Diagnoses;
        var proc = record.Procedures;
        var count = dx.Length + proc.Length;
        Span<int> ids = count <= 64 ? stackalloc int[count] : new int[count];
        for (var i = 0; i < dx.Length; i++) ids[i] = tables.CodeIds.TryGetValue(dx[i], out var id) ? id : -1;
        for (var i = 0; i < proc.Length; i++) ids[dx.Length + i] = tables.CodeIds.TryGetValue(proc[i], out var id) ? id : -1;
        var view = new RecordView(record, tables, ids[..dx.Length], ids[dx.Length..]);

        foreach (var mdc in tables.CompiledMdcs)
        {
            if (!mdc.CompiledEntry.Eval(in view))
            {
                trace?.Add(new(mdc.Code, $"skipped: entry '{mdc.Entry}' is false"));
                continue;
            }
            trace?.Add(new(mdc.Code, $"entered: entry '{mdc.Entry}' is true"));

            var adrgs = mdc.CompiledAdrgs;
            for (var i = 0; i <= adrgs.Length; i++)
            {
                if (mdc.QyActive && i == mdc.QyPosition && tables.QyCondition.Eval(in view))
                {
                    trace?.Add(new("QY", $"ambiguity check of {mdc.Code} after {mdc.QyAfter ?? "(start)"}: some procedure is an OR procedure"));
                    var letter = mdc.Code[^1];
                    return new GroupingResult(mdc.Code, "QY", $"{letter}QY", GroupingStatus.AmbiguousQy, null, []);
                }
                if (i == adrgs.Length) break;
                var adrg = adrgs[i];
                if (!adrg.CompiledCondition.Eval(in view)) continue;
                trace?.Add(new(adrg.Code, $"matched: condition '{adrg.Condition}' is true (the ADRGs of {mdc.Code} before it did not match)"));
                return Split(in view, adrg, trace);
            }
            trace?.Add(new(mdc.Code, "no ADRG matched; falling through to the next MDC"));
        }
        trace?.Add(new("result", "no MDC yielded a DRG: ungroupable"));
        return UngroupableResult;
    }

    private static GroupingResult Split(in RecordView view, AdrgDefinition adrg, List<TraceStep>? trace)
    {
        foreach (var drg in adrg.CompiledDrgs)
        {
            var chosen = drg.CompiledSplit.Eval(in view);
            if (trace is not null)
            {
                var (record, tables) = (view.Record, view.Tables);
                var why = drg.Split switch
                {
                    "true" => "",
                    _ => $" ({Complications.Describe("mcc", record, tables.Mcc, tables.Cce)}; {Complications.Describe("cc", record, tables.Cc, tables.Cce)})",
                };
                trace.Add(new(drg.Code, $"{(chosen ? "chosen" : "not chosen")}: split '{drg.Split}' is {(chosen ? "true" : "false")}{why}"));
            }
            if (chosen) return drg.Result;
        }
        // Unreachable for a scheme whose last split is "true"; the source then returns the bare ADRG code.
        trace?.Add(new(adrg.Code, "no DRG split is true; the ADRG code stands for the DRG"));
        return new GroupingResult(adrg.Mdc, adrg.Code, adrg.Code, GroupingStatus.Success, null, []);
    }
}
