using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TieredCare.Abstracts;
using TieredCare.Drg;
using TieredCare.Supervision;
using TieredCare.Web.Infrastructure;

namespace TieredCare.Web.Modules.Drg;

/// <summary>A table set the server holds: the grouping tables, the code dictionaries QC checks against, and the MCC/CC lists supervision cites.</summary>
public sealed record LoadedTableSet(string Name, string Folder, DrgTableSet Tables, CodeDictionary Codes, ComplicationCatalogue Complications);

/// <summary>
/// The DRG table sets this server keeps side by side: every folder under <c>{data}/drg-tables/</c>
/// (the name is the folder name) and the folders of the <c>drg_tables</c> option. A set is loaded
/// and checked once, on first use, and then shared; adding one copies its folder under
/// <c>{data}/drg-tables/</c> so that it is there after a restart.
/// </summary>
public sealed partial class DrgTableSets(ServerOptions options, ILogger<DrgTableSets> log)
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedTableSet>> loaded = new(StringComparer.Ordinal);
    private readonly Lock adding = new();

    public string Folder => Path.Combine(options.DataDirectory, "drg-tables");

    /// <summary>The names of the sets found, in name order.</summary>
    public IReadOnlyList<string> Names => Discover().Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The set uploads are checked and grouped with: the <c>drg_default</c> option, else the last name in order (newest version).</summary>
    public string? DefaultName
    {
        get
        {
            var names = Names;
            return options.DefaultDrgTableSet is { } configured && names.Contains(configured) ? configured : names.LastOrDefault();
        }
    }

    /// <summary>The named set, or the default one for <see langword="null"/>; <see langword="null"/> when there is no such set.</summary>
    /// <exception cref="DrgTableSetException">The set's folder no longer loads.</exception>
    public LoadedTableSet? Find(string? name)
    {
        name ??= DefaultName;
        if (name is null || !Discover().TryGetValue(name, out var folder))
        {
            return null;
        }

        return loaded.GetOrAdd(name, n => new Lazy<LoadedTableSet>(() => Load(n, folder))).Value;
    }

    /// <summary>Checks a folder by loading it, then copies it in under <paramref name="name"/>.</summary>
    /// <exception cref="DrgTableSetException">The folder is not a valid table set.</exception>
    /// <exception cref="InvalidOperationException">The name is taken.</exception>
    public LoadedTableSet Add(string name, string sourceFolder)
    {
        var set = Load(name, sourceFolder); // refuses a bad folder before anything is copied
        lock (adding)
        {
            if (Discover().ContainsKey(name))
            {
                throw new InvalidOperationException($"分组方案 {name} 已存在 (a table set named {name} exists)");
            }

            var target = Path.Combine(Folder, name);
            var staging = target + ".loading";
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            foreach (var file in Directory.EnumerateFiles(sourceFolder, "*.tsv").Concat(Directory.EnumerateFiles(sourceFolder, "*.md")))
            {
                File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
            }

            Directory.Move(staging, target); // appears whole or not at all
            var copied = set with { Folder = target };
            loaded[name] = new Lazy<LoadedTableSet>(copied);
            log.LogInformation("DRG table set {Name} added from {Folder}", name, sourceFolder);
            return copied;
        }
    }

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    private LoadedTableSet Load(string name, string folder)
    {
        var tables = DrgTableSet.Load(folder);
        CodeDictionary codes;
        ComplicationCatalogue complications;
        try
        {
            codes = CodeDictionary.Load(folder);
            complications = ComplicationCatalogue.Load(folder);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException)
        {
            throw new DrgTableSetException(e.Message, e);
        }

        log.LogInformation("DRG table set {Name}: {Mdcs} MDC, {Adrgs} ADRG, {Drgs} DRG from {Folder}", name, tables.Mdcs.Count, tables.AdrgCount, tables.DrgCount, folder);
        return new LoadedTableSet(name, folder, tables, codes, complications);
    }

    private Dictionary<string, string> Discover()
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in options.DrgTableFolders.Where(f => File.Exists(Path.Combine(f, "mdc.tsv"))))
        {
            found.TryAdd(Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), folder);
        }

        if (Directory.Exists(Folder))
        {
            foreach (var folder in Directory.EnumerateDirectories(Folder).Where(f => IsValidName(Path.GetFileName(f)) && !f.EndsWith(".loading", StringComparison.Ordinal) && File.Exists(Path.Combine(f, "mdc.tsv"))))
            {
                found.TryAdd(Path.GetFileName(folder), folder);
            }
        }

        return found;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();
}
