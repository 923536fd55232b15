using Microsoft.EntityFrameworkCore;

namespace TieredCare.Persistence.Import;

/// <summary>
/// The shape every table import shares: read and check the whole file first, then write the
/// accepted rows in one transaction, or nothing at all.
/// </summary>
internal static class TableImport
{
    public sealed record Parsed<TRow>(int Row, string Key, TRow Value);

    public static async Task<ImportReport> RunAsync<TRow>(
        TieredCareDbContext db,
        string table,
        Stream csv,
        ImportMode mode,
        string[] required,
        string[] optional,
        Func<CsvTable, TRow?> parseRow,
        Func<TRow, string> key,
        Func<IReadOnlyList<Parsed<TRow>>, List<ImportRowError>, CancellationToken, Task> write,
        CancellationToken ct) where TRow : class
    {
        using var text = CsvTable.OpenText(csv);
        var (opened, headerErrors) = CsvTable.Open(text, required, optional);
        if (opened is null)
        {
            return new ImportReport(table, 0, 0, headerErrors, Committed: false);
        }

        using var csvTable = opened;
        var accepted = new List<Parsed<TRow>>();
        var firstRowOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var extraErrors = new List<ImportRowError>();
        while (csvTable.Read())
        {
            var errorsBefore = csvTable.RowErrors.Count;
            var row = parseRow(csvTable);
            if (row is null || csvTable.RowErrors.Count > errorsBefore)
            {
                continue;
            }

            var k = key(row);
            if (firstRowOfKey.TryGetValue(k, out var first))
            {
                extraErrors.Add(new(csvTable.Row, "(key)", $"与第{first}行重复 (duplicate of row {first}: {k})"));
                continue;
            }

            firstRowOfKey[k] = csvTable.Row;
            accepted.Add(new(csvTable.Row, k, row));
        }

        var rejected = csvTable.RowErrors.Concat(extraErrors).ToList();
        var rows = csvTable.Row;
        if (mode == ImportMode.AllOrNothing && rejected.Count > 0)
        {
            return new ImportReport(table, rows, 0, Sorted(rejected), Committed: false);
        }

        // The writer may still refuse rows (a reference that only a rejected row provided).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var writeErrors = new List<ImportRowError>();
        await write(accepted, writeErrors, ct);
        if (mode == ImportMode.AllOrNothing && writeErrors.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ImportReport(table, rows, 0, Sorted(rejected.Concat(writeErrors)), Committed: false);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        var refused = writeErrors.Select(e => e.Row).ToHashSet();
        return new ImportReport(table, rows, accepted.Count(a => !refused.Contains(a.Row)), Sorted(rejected.Concat(writeErrors)), Committed: true);
    }

    // One message per cell: a value that failed to parse is not reported again by the rules.
    private static List<ImportRowError> Sorted(IEnumerable<ImportRowError> errors) =>
        errors.DistinctBy(e => (e.Row, e.Field)).OrderBy(e => e.Row).ThenBy(e => e.Field, StringComparer.Ordinal).ToList();

    public static void AddFieldErrors(CsvTable table, IEnumerable<TieredCare.Registry.FieldError> errors)
    {
        foreach (var e in errors)
        {
            table.AddError(e.Field, e.Message);
        }
    }
}
