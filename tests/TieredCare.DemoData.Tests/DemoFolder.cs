using TieredCare.DemoData;

[assembly: AssemblyFixture(typeof(TieredCare.DemoData.Tests.DemoFolder))]

namespace TieredCare.DemoData.Tests;

/// <summary>The small demo region, generated once for the whole test run into a temp folder.</summary>
public sealed class DemoFolder : IDisposable
{
    public const int Seed = 42;

    private readonly Lazy<DemoAbstracts> _abstracts;

    public DemoFolder()
    {
        Directory = Path.Combine(Path.GetTempPath(), "tieredcare-demo-tests-" + Guid.NewGuid().ToString("N"));
        Manifest = DemoGenerator.Generate(new DemoOptions(Directory, Seed, DemoScale.Small));
        _abstracts = new(() => new DemoAbstracts(this));
    }

    public string Directory { get; }

    public DemoManifest Manifest { get; }

    public string File(string name) => Path.Combine(Directory, name);

    public CsvTable Read(string name) => CsvTable.Read(File(name));

    /// <summary>The discharge abstracts with their procedures, grouping records and quality findings, read once.</summary>
    public DemoAbstracts Abstracts => _abstracts.Value;

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The repository root: the folder holding TieredCare.slnx.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "TieredCare.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TieredCare.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The shared CHS-DRG 1.1 code dictionaries beside the repository, if present.</summary>
    public static string SharedDictionaries() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", "chs-drg-1.1"));

    public static HashSet<string> ReadCodes(string file) =>
        System.IO.File.ReadLines(Path.Combine(SharedDictionaries(), file)).Skip(1).Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
}

/// <summary>A CSV file read whole: header and rows, RFC 4180 quoting understood.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public int this[string column] => _columns[column];

    public static CsvTable Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = Split(reader.ReadLine()!);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            rows.Add(Split(line));
        }

        return new CsvTable(header, rows);
    }

    /// <summary>Reads a large file row by row without keeping it.</summary>
    public static IEnumerable<string[]> Stream(string path, out string[] header)
    {
        var reader = new StreamReader(path);
        header = Split(reader.ReadLine()!);
        return Lines(reader);

        static IEnumerable<string[]> Lines(StreamReader reader)
        {
            using (reader)
            {
                while (reader.ReadLine() is { } line)
                {
                    yield return Split(line);
                }
            }
        }
    }

    public static string[] Split(string line)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return line.Split(',');
        }

        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
