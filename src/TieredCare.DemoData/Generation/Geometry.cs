namespace TieredCare.DemoData.Generation;

/// <summary>
/// Plane geometry on lon/lat degrees, enough for a made-up map: a convex city outline cut
/// into Voronoi cells, one per county, and random points inside a cell.
/// </summary>
internal static class Geometry
{
    /// <summary>A jittered ellipse made convex, counter-clockwise (the GeoJSON exterior ring order).</summary>
    public static List<(double Lon, double Lat)> Outline(DemoRandom random, double lon, double lat, double radiusLon, double radiusLat, int vertices)
    {
        var points = new List<(double, double)>(vertices);
        for (var i = 0; i < vertices; i++)
        {
            var angle = 2 * Math.PI * i / vertices;
            var jitter = random.Uniform(0.93, 1.07);
            points.Add((lon + radiusLon * jitter * Math.Cos(angle), lat + radiusLat * jitter * Math.Sin(angle)));
        }

        return ConvexHull(points);
    }

    /// <summary>Andrew's monotone chain; counter-clockwise, without repeating the first point.</summary>
    public static List<(double Lon, double Lat)> ConvexHull(IEnumerable<(double Lon, double Lat)> input)
    {
        var points = input.OrderBy(p => p.Lon).ThenBy(p => p.Lat).ToList();
        if (points.Count < 3)
        {
            return points;
        }

        var hull = new List<(double Lon, double Lat)>(points.Count * 2);
        foreach (var p in points)
        {
            while (hull.Count >= 2 && Cross(hull[^2], hull[^1], p) <= 0)
            {
                hull.RemoveAt(hull.Count - 1);
            }

            hull.Add(p);
        }

        var lower = hull.Count + 1;
        for (var i = points.Count - 2; i >= 0; i--)
        {
            var p = points[i];
            while (hull.Count >= lower && Cross(hull[^2], hull[^1], p) <= 0)
            {
                hull.RemoveAt(hull.Count - 1);
            }

            hull.Add(p);
        }

        hull.RemoveAt(hull.Count - 1);
        return hull;
    }

    /// <summary>The part of the convex <paramref name="outline"/> closer to seed <paramref name="index"/> than to any other seed.</summary>
    public static List<(double Lon, double Lat)> VoronoiCell(IReadOnlyList<(double Lon, double Lat)> outline, IReadOnlyList<(double Lon, double Lat)> seeds, int index)
    {
        var cell = outline.ToList();
        var (x0, y0) = seeds[index];
        for (var j = 0; j < seeds.Count; j++)
        {
            if (j == index)
            {
                continue;
            }

            var (x1, y1) = seeds[j];
            // Closer to seed i: (p1 - p0) · x <= (|p1|² - |p0|²) / 2
            cell = Clip(cell, x1 - x0, y1 - y0, (x1 * x1 + y1 * y1 - x0 * x0 - y0 * y0) / 2);
        }

        return cell;
    }

    /// <summary>Sutherland–Hodgman against one half-plane a·x + b·y ≤ c.</summary>
    public static List<(double Lon, double Lat)> Clip(IReadOnlyList<(double Lon, double Lat)> polygon, double a, double b, double c)
    {
        var result = new List<(double, double)>(polygon.Count + 1);
        for (var i = 0; i < polygon.Count; i++)
        {
            var current = polygon[i];
            var next = polygon[(i + 1) % polygon.Count];
            var currentInside = a * current.Lon + b * current.Lat <= c;
            var nextInside = a * next.Lon + b * next.Lat <= c;
            if (currentInside)
            {
                result.Add(current);
            }

            if (currentInside != nextInside)
            {
                var fc = a * current.Lon + b * current.Lat - c;
                var fn = a * next.Lon + b * next.Lat - c;
                var t = fc / (fc - fn);
                result.Add((current.Lon + t * (next.Lon - current.Lon), current.Lat + t * (next.Lat - current.Lat)));
            }
        }

        return result;
    }

    /// <summary>Point-in-polygon by ray casting (works for any simple polygon).</summary>
    public static bool Contains(IReadOnlyList<(double Lon, double Lat)> polygon, double lon, double lat)
    {
        var inside = false;
        for (int i = 0, j = polygon.Count - 1; i < polygon.Count; j = i++)
        {
            var (xi, yi) = polygon[i];
            var (xj, yj) = polygon[j];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>A point safely inside the polygon (its shrunken copy), uniformly by rejection.</summary>
    public static (double Lon, double Lat) RandomPoint(IReadOnlyList<(double Lon, double Lat)> polygon, DemoRandom random)
    {
        var minLon = polygon.Min(p => p.Lon);
        var maxLon = polygon.Max(p => p.Lon);
        var minLat = polygon.Min(p => p.Lat);
        var maxLat = polygon.Max(p => p.Lat);
        var (cLon, cLat) = Centroid(polygon);
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var lon = random.Uniform(minLon, maxLon);
            var lat = random.Uniform(minLat, maxLat);
            // Keep a margin from the border so that points rounded to 6 decimals stay inside.
            if (Contains(polygon, lon, lat) && Contains(polygon, cLon + (lon - cLon) / 0.9, cLat + (lat - cLat) / 0.9))
            {
                return (lon, lat);
            }
        }

        return (cLon, cLat);
    }

    /// <summary>A point near (lon, lat), normally spread, kept inside the polygon.</summary>
    public static (double Lon, double Lat) PointNear(IReadOnlyList<(double Lon, double Lat)> polygon, DemoRandom random, double lon, double lat, double spread)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var x = lon + spread * random.Normal();
            var y = lat + spread * 0.85 * random.Normal();
            if (Contains(polygon, x, y) && Contains(polygon, x + 0.002, y) && Contains(polygon, x - 0.002, y)
                && Contains(polygon, x, y + 0.002) && Contains(polygon, x, y - 0.002))
            {
                return (x, y);
            }
        }

        return (lon, lat);
    }

    public static (double Lon, double Lat) Centroid(IReadOnlyList<(double Lon, double Lat)> polygon) =>
        (polygon.Average(p => p.Lon), polygon.Average(p => p.Lat));

    private static double Cross((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) =>
        (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);
}
