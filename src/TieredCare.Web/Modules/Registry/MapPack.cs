using TieredCare.Web.Infrastructure;

namespace TieredCare.Web.Modules.Registry;

/// <summary>
/// Serves the map pack (GeoJSON keyed by division code) from <c>{data}/map/</c>. No tile server:
/// the machines are offline and public maps in China need an approved drawing (审图号), so a
/// deployment replaces the folder with its own.
/// </summary>
public static class MapPack
{
    public static string FolderOf(ServerOptions options) => Path.Combine(options.DataDirectory, "map");

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/map/regions.geojson", (ServerOptions options) =>
        {
            var path = Path.Combine(FolderOf(options), "regions.geojson");
            return File.Exists(path)
                ? Results.File(path, "application/geo+json")
                : Problems.NotFound("未安装地图包 (no map pack is installed; put regions.geojson in the data folder's map/)");
        });
}
