using System.Buffers.Text;
using System.Text;

namespace TieredCare.DemoData.Output;

/// <summary>
/// A forward-only UTF-8 CSV writer for tens of millions of rows: one large byte buffer, numbers
/// and dates formatted straight into it, no per-row strings. Culture never enters: digits are
/// written by <see cref="Utf8Formatter"/> or by hand.
/// </summary>
internal sealed class CsvOut : IDisposable
{
    private const int BufferSize = 1 << 20;
    private readonly FileStream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _position;
    private bool _rowStart = true;

    public CsvOut(string path, string header)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1, FileOptions.SequentialScan);
        Raw(header);
        EndRow();
    }

    public long Rows { get; private set; } = -1; // the header is not a row

    public void EndRow()
    {
        Ensure(1);
        _buffer[_position++] = (byte)'\n';
        _rowStart = true;
        Rows++;
    }

    /// <summary>Pre-encoded UTF-8 field known not to need quoting (codes, dates).</summary>
    public void Field(ReadOnlySpan<byte> utf8)
    {
        Separator();
        Ensure(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_position));
        _position += utf8.Length;
    }

    public void Field(string? text)
    {
        Separator();
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.AsSpan().IndexOfAny(",\"\n\r") >= 0)
        {
            Raw("\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            return;
        }

        Raw(text);
    }

    public void Empty() => Separator();

    public void Field(long value)
    {
        Separator();
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    public void Field(bool value) => Field(value ? "true"u8 : "false"u8);

    /// <summary>An amount in 元 given in fen: always two decimals.</summary>
    public void Money(long cents)
    {
        Separator();
        Ensure(24);
        if (cents < 0)
        {
            _buffer[_position++] = (byte)'-';
            cents = -cents;
        }

        Utf8Formatter.TryFormat(cents / 100, _buffer.AsSpan(_position), out var written);
        _position += written;
        var fraction = (int)(cents % 100);
        _buffer[_position++] = (byte)'.';
        _buffer[_position++] = (byte)('0' + fraction / 10);
        _buffer[_position++] = (byte)('0' + fraction % 10);
    }

    public void Date(DateOnly date)
    {
        Separator();
        Ensure(10);
        WriteDate(_buffer.AsSpan(_position), date);
        _position += 10;
    }

    /// <summary>ISO 8601 local time of China with its offset: <c>2025-03-04T09:15:00+08:00</c>.</summary>
    public void Timestamp(DateOnly date, int minuteOfDay)
    {
        Separator();
        Ensure(25);
        var span = _buffer.AsSpan(_position);
        WriteDate(span, date);
        span[10] = (byte)'T';
        Two(span[11..], minuteOfDay / 60);
        span[13] = (byte)':';
        Two(span[14..], minuteOfDay % 60);
        ":00+08:00"u8.CopyTo(span[16..]);
        _position += 25;
    }

    public void Dispose()
    {
        Flush();
        _stream.Dispose();
    }

    internal static void WriteDate(Span<byte> span, DateOnly date)
    {
        var year = date.Year;
        span[0] = (byte)('0' + year / 1000);
        span[1] = (byte)('0' + year / 100 % 10);
        span[2] = (byte)('0' + year / 10 % 10);
        span[3] = (byte)('0' + year % 10);
        span[4] = (byte)'-';
        Two(span[5..], date.Month);
        span[7] = (byte)'-';
        Two(span[8..], date.Day);
    }

    private static void Two(Span<byte> span, int value)
    {
        span[0] = (byte)('0' + value / 10);
        span[1] = (byte)('0' + value % 10);
    }

    private void Raw(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        Ensure(max);
        _position += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_position));
    }

    private void Separator()
    {
        if (_rowStart)
        {
            _rowStart = false;
            return;
        }

        Ensure(1);
        _buffer[_position++] = (byte)',';
    }

    private void Ensure(int bytes)
    {
        if (_position + bytes > _buffer.Length)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _stream.Write(_buffer, 0, _position);
        _position = 0;
    }
}
