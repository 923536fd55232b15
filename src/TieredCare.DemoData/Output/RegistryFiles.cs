using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using TieredCare.DemoData.Generation;
using TieredCare.DemoData.Model;
using TieredCare.Registry;

namespace TieredCare.DemoData.Output;

/// <summary>The small files: divisions, population, institutions, departments, networks and the map pack.</summary>
internal static class RegistryFiles
{
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static long WriteRegions(string path, DemoWorld world)
    {
        using var csv = new CsvOut(path, "code,name,level,parent_code,is_urban");
        Row(csv, WorldBuilder.ProvinceCode, WorldBuilder.ProvinceName, "province", null, false);
        Row(csv, WorldBuilder.CityCode, WorldBuilder.CityName, "city", WorldBuilder.ProvinceCode, true);
        foreach (var county in world.Counties)
        {
            Row(csv, county.Code, county.Name, "county", WorldBuilder.CityCode, county.IsDistrict);
        }

        foreach (var county in world.Counties)
        {
            foreach (var township in county.Townships)
            {
                Row(csv, township.Code, township.Name, "township", county.Code, township.IsStreet);
                foreach (var village in township.Villages)
                {
                    Row(csv, village.Code, village.Name, "village", township.Code, village.IsCommunity);
                }
            }
        }

        return csv.Rows;

        static void Row(CsvOut csv, string code, string name, string level, string? parent, bool urban)
        {
            csv.Field(code);
            csv.Field(name);
            csv.Field(level);
            csv.Field(parent);
            csv.Field(urban);
            csv.EndRow();
        }
    }

    public static void WritePopulation(string path, DemoWorld world)
    {
        using var csv = new CsvOut(path, "region_code,year,population");
        var calendar = world.Calendar;
        for (var y = 0; y < calendar.Years; y++)
        {
            Row(csv, WorldBuilder.CityCode, calendar.FirstYear + y, world.Villages.Sum(v => v.Population[y]));
            foreach (var county in world.Counties)
            {
                Row(csv, county.Code, calendar.FirstYear + y, county.Villages.Sum(v => v.Population[y]));
                foreach (var township in county.Townships)
                {
                    Row(csv, township.Code, calendar.FirstYear + y, township.Villages.Sum(v => v.Population[y]));
                    foreach (var village in township.Villages)
                    {
                        Row(csv, village.Code, calendar.FirstYear + y, village.Population[y]);
                    }
                }
            }
        }

        static void Row(CsvOut csv, string code, int year, long population)
        {
            csv.Field(code);
            csv.Field(year);
            csv.Field(population);
            csv.EndRow();
        }
    }

    public static long WriteInstitutions(string path, DemoWorld world, int[] beds)
    {
        using var csv = new CsvOut(path, "code,name,type,level,grade,ownership,tier,region_code,latitude,longitude,open_beds,shared_services");
        foreach (var institution in world.Institutions)
        {
            csv.Field(institution.Code);
            csv.Field(institution.Name);
            csv.Field(Codes.ToCode(institution.Type));
            csv.Field(Codes.ToCode(institution.Level));
            csv.Field(Codes.ToCode(institution.Grade));
            csv.Field(Codes.ToCode(institution.Ownership));
            csv.Field(Codes.ToCode(institution.Tier));
            csv.Field(institution.RegionCode);
            csv.Field(Coordinate(institution.Lat));
            csv.Field(Coordinate(institution.Lon));
            csv.Field(beds[institution.Index]);
            csv.Field(string.Join(';', institution.SharedServices.Select(s => Codes.ToCode(s))));
            csv.EndRow();
        }

        return csv.Rows;
    }

    public static void WriteDepartments(string path, DemoWorld world)
    {
        var names = world.Tables.Departments.ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        using var csv = new CsvOut(path, "institution_code,code,name");
        foreach (var institution in world.Institutions)
        {
            foreach (var code in institution.Departments)
            {
                csv.Field(institution.CodeUtf8);
                csv.Field(code);
                csv.Field(names[code]);
                csv.EndRow();
            }
        }
    }

    public static void WriteNetworks(string networksPath, string membersPath, DemoWorld world)
    {
        using var networks = new CsvOut(networksPath, "code,name,type,lead_institution_code,region_code,start_date,end_date");
        using var members = new CsvOut(membersPath, "network_code,institution_code,joined_on,left_on");
        foreach (var network in world.Networks)
        {
            networks.Field(network.Code);
            networks.Field(network.Name);
            networks.Field(Codes.ToCode(network.Type));
            networks.Field(network.Lead.CodeUtf8);
            networks.Field(network.RegionCode);
            networks.Date(network.StartDate);
            networks.Empty();
            networks.EndRow();
            foreach (var member in network.Members)
            {
                members.Field(network.Code);
                members.Field(member.Institution.CodeUtf8);
                members.Date(member.JoinedOn);
                if (member.LeftOn is { } left)
                {
                    members.Date(left);
                }
                else
                {
                    members.Empty();
                }

                members.EndRow();
            }
        }
    }

    /// <summary>The map pack: one polygon per county or district and the city outline.</summary>
    public static void WriteGeoJson(string path, DemoWorld world)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Encoder, Indented = false });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        Feature(json, WorldBuilder.CityCode, WorldBuilder.CityName, "city", world.CityOutline);
        foreach (var county in world.Counties)
        {
            Feature(json, county.Code, county.Name, "county", county.Polygon);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Feature(Utf8JsonWriter json, string code, string name, string level, IReadOnlyList<(double Lon, double Lat)> ring)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("properties");
        json.WriteString("code", code);
        json.WriteString("name", name);
        json.WriteString("level", level);
        json.WriteEndObject();
        json.WriteStartObject("geometry");
        json.WriteString("type", "Polygon");
        json.WriteStartArray("coordinates");
        json.WriteStartArray();
        for (var i = 0; i <= ring.Count; i++)
        {
            var (lon, lat) = ring[i % ring.Count];
            json.WriteStartArray();
            json.WriteRawValue(Coordinate(lon));
            json.WriteRawValue(Coordinate(lat));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Coordinate(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
