using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace TieredCare.Supervision;

/// <summary>A finding's facts: a small read-only map enumerated in ordinal key order, cheaper to build than a tree.</summary>
internal sealed class FactTable : IReadOnlyDictionary<string, string>
{
    private readonly string[] _keys;
    private readonly string[] _values;

    public FactTable(ReadOnlySpan<(string Key, string Value)> facts)
    {
        _keys = new string[facts.Length];
        _values = new string[facts.Length];
        for (var i = 0; i < facts.Length; i++) (_keys[i], _values[i]) = facts[i];
        Array.Sort(_keys, _values, StringComparer.Ordinal);
        for (var i = 1; i < _keys.Length; i++)
        {
            if (_keys[i] == _keys[i - 1]) throw new ArgumentException($"fact '{_keys[i]}' is given twice", nameof(facts));
        }
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<string> Values => _values;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no fact '{key}'");

    public bool ContainsKey(string key) => Array.BinarySearch(_keys, key, StringComparer.Ordinal) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var i = Array.BinarySearch(_keys, key, StringComparer.Ordinal);
        value = i >= 0 ? _values[i] : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join("; ", this.Select(f => $"{f.Key}={f.Value}"));
}
