using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace TieredCare.Persistence.Import;

/// <summary>
/// Writes many rows into one table inside the caller's transaction: binary COPY on PostgreSQL,
/// one prepared INSERT reused for every row on SQLite. Values are given in the shapes the EF
/// model stores (enum names as strings, dates as DateOnly, money as decimal).
/// </summary>
internal abstract class BulkWriter : IAsyncDisposable
{
    public static async Task<BulkWriter> OpenAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, CancellationToken ct) =>
        connection switch
        {
            NpgsqlConnection npgsql => new CopyWriter(await npgsql.BeginBinaryImportAsync(
                $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", ct)),
            SqliteConnection sqlite => new InsertWriter(sqlite, (SqliteTransaction)transaction, table, columns),
            _ => throw new NotSupportedException(connection.GetType().Name),
        };

    public abstract Task WriteAsync(object?[] values, CancellationToken ct);

    public abstract Task CompleteAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    private sealed class CopyWriter(NpgsqlBinaryImporter importer) : BulkWriter
    {
        public override async Task WriteAsync(object?[] values, CancellationToken ct)
        {
            await importer.StartRowAsync(ct);
            foreach (var value in values)
            {
                switch (value)
                {
                    case null: await importer.WriteNullAsync(ct); break;
                    case long l: await importer.WriteAsync(l, NpgsqlDbType.Bigint, ct); break;
                    case int i: await importer.WriteAsync(i, NpgsqlDbType.Integer, ct); break;
                    case string s: await importer.WriteAsync(s, NpgsqlDbType.Text, ct); break;
                    case decimal d: await importer.WriteAsync(d, NpgsqlDbType.Numeric, ct); break;
                    case DateOnly date: await importer.WriteAsync(date, NpgsqlDbType.Date, ct); break;
                    case bool b: await importer.WriteAsync(b, NpgsqlDbType.Boolean, ct); break;
                    case DateTimeOffset t: await importer.WriteAsync(t.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct); break;
                    default: throw new NotSupportedException(value.GetType().Name);
                }
            }
        }

        public override async Task CompleteAsync(CancellationToken ct) => await importer.CompleteAsync(ct);

        public override ValueTask DisposeAsync() => importer.DisposeAsync();
    }

    private sealed class InsertWriter : BulkWriter
    {
        private static readonly DateTimeOffsetToBinaryConverter Instants = new();
        private readonly SqliteCommand command;

        public InsertWriter(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            command.Prepare();
        }

        public override Task WriteAsync(object?[] values, CancellationToken ct)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    DateTimeOffset t => Instants.ConvertToProvider(t), // the SQLite model stores instants as integers
                    var v => v,
                };
            }

            command.ExecuteNonQuery(); // synchronous on purpose: SQLite has no async I/O, and this is the hot loop
            return Task.CompletedTask;
        }

        public override Task CompleteAsync(CancellationToken ct) => Task.CompletedTask;

        public override ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
