using System.Text.Json;
using System.Text.RegularExpressions;

namespace TieredCare.DemoData.Tests;

/// <summary>The folder follows docs/data-formats.md: the same files, each with exactly the documented header.</summary>
public sealed partial class FormatTests(DemoFolder demo)
{
    [Fact]
    public void Every_header_matches_docs_data_formats()
    {
        var documented = DocumentedColumns();
        documented.Count.ShouldBe(13, "the doc describes thirteen CSV files");
        foreach (var (file, columns) in documented)
        {
            File.Exists(demo.File(file)).ShouldBeTrue($"{file} is documented but not generated");
            var header = File.ReadLines(demo.File(file)).First().Split(',');
            header.ShouldBe(columns, $"header of {file}");
        }

        Directory.EnumerateFiles(demo.Directory, "*.csv").Select(Path.GetFileName).ShouldBe(documented.Keys, ignoreOrder: true);
    }

    [Fact]
    public void Map_pack_has_a_polygon_per_county_and_institutions_lie_inside_them()
    {
        using var geo = JsonDocument.Parse(File.ReadAllText(demo.File("map/regions.geojson")));
        geo.RootElement.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var polygons = new Dictionary<string, List<(double Lon, double Lat)>>(StringComparer.Ordinal);
        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var feature in geo.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var code = properties.GetProperty("code").GetString()!;
            properties.GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
            levels[code] = properties.GetProperty("level").GetString()!;
            var geometry = feature.GetProperty("geometry");
            geometry.GetProperty("type").GetString().ShouldBe("Polygon");
            var ring = geometry.GetProperty("coordinates")[0].EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();
            ring[0].ShouldBe(ring[^1], "rings are closed");
            ring.ShouldAllBe(p => p.Item1 > 119 && p.Item1 < 121 && p.Item2 > 29 && p.Item2 < 31);
            polygons[code] = ring;
        }

        levels["990100000000"].ShouldBe("city");
        var counties = demo.Read("regions.csv").Rows.Where(r => r[2] == "county").Select(r => r[0]).ToList();
        counties.ShouldAllBe(c => levels.ContainsKey(c) && levels[c] == "county");

        var institutions = demo.Read("institutions.csv");
        foreach (var row in institutions.Rows)
        {
            var county = row[institutions["region_code"]][..6] + "000000";
            var lat = double.Parse(row[institutions["latitude"]], System.Globalization.CultureInfo.InvariantCulture);
            var lon = double.Parse(row[institutions["longitude"]], System.Globalization.CultureInfo.InvariantCulture);
            Inside(polygons[county], lon, lat).ShouldBeTrue($"{row[0]} ({lon}, {lat}) lies outside {county}");
        }
    }

    private static bool Inside(List<(double Lon, double Lat)> ring, double lon, double lat)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (xi, yi) = ring[i];
            var (xj, yj) = ring[j];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>File name → columns, read from the doc's tables and column lists.</summary>
    private static Dictionary<string, string[]> DocumentedColumns()
    {
        var doc = File.ReadAllText(Path.Combine(DemoFolder.RepositoryRoot(), "docs", "data-formats.md"));
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var section in doc.Split("\n## ").Skip(1))
        {
            var title = section[..section.IndexOf('\n', StringComparison.Ordinal)];
            var file = title.Split(' ')[0];
            if (!file.EndsWith(".csv", StringComparison.Ordinal))
            {
                continue;
            }

            var body = section[title.Length..];
            var lines = body.Split('\n');
            var table = lines.SkipWhile(l => !l.StartsWith("| column", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();
            var columns = table.Count > 0
                ? table.SelectMany(l => l.Split('|')[1].Split(',')).Select(c => c.Trim()).ToArray()
                : ColumnList().Match(body).Groups[1].Value.Split(',').Select(c => c.Trim()).ToArray();
            result[file] = columns;
        }

        return result;
    }

    [GeneratedRegex("`([^`]*,[^`]*)`", RegexOptions.Singleline)]
    private static partial Regex ColumnList();
}
