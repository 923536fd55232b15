using Microsoft.EntityFrameworkCore;

namespace TieredCare.Persistence.Booking;

/// <summary>
/// Hands out booking ids from blocks reserved in the database (one UPDATE … RETURNING per block), so that a booking is
/// one INSERT and every server process of a deployment draws from the same counter. Gaps are expected.
/// </summary>
public sealed class IdBlocks(IDbContextFactory<TieredCareDbContext> contexts, BookingWriter writer)
{
    public const string Slots = "slot";
    public const string Bookings = "booking";
    private const int BookingBlock = 1000;

    private readonly Lock gate = new();
    private readonly SemaphoreSlim refill = new(1, 1);
    private long next;
    private long end;

    public async ValueTask<long> NextBookingIdAsync(CancellationToken ct)
    {
        lock (gate)
        {
            if (next < end)
            {
                return next++;
            }
        }

        await refill.WaitAsync(ct);
        try
        {
            lock (gate)
            {
                if (next < end)
                {
                    return next++;
                }
            }

            var first = await ReserveAsync(Bookings, BookingBlock, ct);
            lock (gate)
            {
                next = first + 1;
                end = first + BookingBlock;
                return first;
            }
        }
        finally
        {
            refill.Release();
        }
    }

    /// <summary>Reserves <paramref name="count"/> consecutive ids of a counter and returns the first.</summary>
    public async Task<long> ReserveAsync(string name, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        using var writing = await writer.EnterAsync(ct); // on SQLite, not while a batch holds the write lock
        await using var db = await contexts.CreateDbContextAsync(ct);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"IdBlocks\" SET \"Next\" = \"Next\" + @count WHERE \"Name\" = @name RETURNING \"Next\"";
        var countParameter = command.CreateParameter();
        countParameter.ParameterName = "@count";
        countParameter.Value = (long)count;
        command.Parameters.Add(countParameter);
        var nameParameter = command.CreateParameter();
        nameParameter.ParameterName = "@name";
        nameParameter.Value = name;
        command.Parameters.Add(nameParameter);
        var after = await command.ExecuteScalarAsync(ct) ?? throw new InvalidOperationException($"id counter '{name}' is missing");
        return Convert.ToInt64(after, System.Globalization.CultureInfo.InvariantCulture) - count;
    }
}
