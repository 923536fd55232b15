namespace TieredCare.Abstracts;

/// <summary>Reads the engine's tab-separated data files: a header row, then rows of exactly as many cells.</summary>
internal static class Tsv
{
    public static IEnumerable<(int Line, string[] Cells)> Read(TextReader reader, string source, string[] header)
    {
        var first = reader.ReadLine() ?? throw Error(source, 0, "file is empty");
        if (first.Length > 0 && first[0] == '\uFEFF') first = first[1..];
        if (first.TrimEnd('\r') != string.Join('\t', header))
        {
            throw Error(source, 1, $"the header must be '{string.Join("<TAB>", header)}'");
        }

        return Rows(reader, source, header.Length);
    }

    public static InvalidDataException Error(string source, int line, string problem) =>
        new(line > 0 ? $"{source} line {line}: {problem}" : $"{source}: {problem}");

    private static IEnumerable<(int Line, string[] Cells)> Rows(TextReader reader, string source, int width)
    {
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            line = line.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length != width) throw Error(source, number, $"{cells.Length} cells, the header has {width}");
            yield return (number, cells);
        }
    }
}
