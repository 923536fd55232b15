using System.Collections.Concurrent;

namespace TieredCare.Web.Modules.Registry;

/// <summary>
/// The registry is read thousands of times for every change, so read models are cached for a
/// short time and dropped on every local change. Other servers see a change within
/// <see cref="Lifetime"/>.
/// </summary>
public sealed class RegistryCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, object? Value)> entries = new(StringComparer.Ordinal);

    /// <summary>A null result (not found) is cached too, and dropped on the next change like the rest.</summary>
    public async Task<T?> GetAsync<T>(string key, Func<Task<T?>> load) where T : class
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(key, out var hit) && now - hit.At < Lifetime)
        {
            return hit.Value as T;
        }

        var loaded = await load();
        entries[key] = (now, loaded);
        return loaded;
    }

    public void Clear() => entries.Clear();
}
