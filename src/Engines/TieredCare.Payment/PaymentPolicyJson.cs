using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace TieredCare.Payment;

public sealed partial record PaymentPolicy
{
    private static readonly string[] Keys =
    [
        "name", "version", "budget", "pointsPerRw", "weightReference", "hospitalCoefficients", "highOutlierMultiple", "lowOutlierRatio",
        "incompleteDispositions", "feeForServiceRate", "specialReviewMaxShare", "advanceRate", "perDiem", "globalBudget",
    ];

    private static readonly HashSet<string> OptionalKeys = ["weightReference", "hospitalCoefficients", "perDiem"];

    private static readonly string[] BandKeys = ["from", "to", "networkShare", "kind"];

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Reads a policy from JSON (UTF-8; comments allowed). Every problem is reported at once, each naming its item: a
    /// malformed file, an unknown or repeated key, a missing parameter, a value of the wrong type, and everything
    /// <see cref="Problems"/> checks. <c>weightReference</c> (default <c>"period"</c>), <c>hospitalCoefficients</c> and
    /// <c>perDiem</c> may be left out; every other key is required.
    /// </summary>
    /// <exception cref="PaymentPolicyException">The policy is not usable.</exception>
    public static PaymentPolicy Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new PaymentPolicyException(string.Create(CultureInfo.InvariantCulture,
                $"the policy is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}"), e);
        }

        using (document)
        {
            var reader = new Reader();
            var policy = reader.Policy(document.RootElement);
            if (policy is not null) reader.Problems.AddRange(policy.Problems());
            if (reader.Problems.Count > 0) throw new PaymentPolicyException(reader.Problems);
            return policy!;
        }
    }

    /// <summary>Writes the policy as indented JSON with every key, in the documented order; numbers without trailing zeros.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Encoder, NewLine = "\n" });
        WriteJson(writer);
    }

    /// <summary>
    /// The canonical JSON of the policy: compact, every key (defaults written out) in the documented order, maps in ordinal
    /// key order, numbers without trailing zeros. Two policies with the same values have the same canonical JSON; the
    /// settlement fingerprint hashes it.
    /// </summary>
    public string ToCanonicalJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            WriteJson(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void WriteJson(Utf8JsonWriter writer)
    {
        static void Number(Utf8JsonWriter w, decimal value) => w.WriteRawValue(Rounding.Canonical(value), skipInputValidation: true);
        static void Map(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, decimal>> map)
        {
            w.WriteStartObject();
            foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WritePropertyName(key);
                Number(w, value);
            }
            w.WriteEndObject();
        }

        writer.WriteStartObject();
        writer.WriteString("name", Name);
        writer.WriteString("version", Version);
        writer.WritePropertyName("budget");
        Number(writer, Budget);
        writer.WritePropertyName("pointsPerRw");
        Number(writer, PointsPerRw);
        writer.WriteString("weightReference", WeightReference);
        writer.WritePropertyName("hospitalCoefficients");
        Map(writer, HospitalCoefficients);
        writer.WritePropertyName("highOutlierMultiple");
        Map(writer, HighOutlierMultiples);
        writer.WritePropertyName("lowOutlierRatio");
        Number(writer, LowOutlierRatio);
        writer.WriteStartArray("incompleteDispositions");
        foreach (var code in IncompleteDispositions) writer.WriteNumberValue(code);
        writer.WriteEndArray();
        writer.WritePropertyName("feeForServiceRate");
        Number(writer, FeeForServiceRate);
        writer.WritePropertyName("specialReviewMaxShare");
        Number(writer, SpecialReviewMaxShare);
        writer.WritePropertyName("advanceRate");
        Number(writer, AdvanceRate);
        writer.WriteStartObject("perDiem");
        writer.WritePropertyName("groups");
        Map(writer, PerDiemRates);
        writer.WriteEndObject();
        writer.WriteStartObject("globalBudget");
        writer.WriteStartArray("bands");
        foreach (var band in BudgetBands)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("from");
            Number(writer, band.From);
            writer.WritePropertyName("to");
            if (band.To is { } to) Number(writer, to);
            else writer.WriteNullValue();
            writer.WritePropertyName("networkShare");
            Number(writer, band.NetworkShare);
            writer.WriteString("kind", band.Kind.ToWord());
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Walks the JSON, collecting every problem; builds the policy only when every required item is there and typed.</summary>
    private sealed class Reader
    {
        public List<string> Problems { get; } = [];

        /// <summary>Problems that leave a value unknown (missing, wrong type); unknown keys do not, so values are still checked.</summary>
        private int Failures { get; set; }

        private void Fail(string problem)
        {
            Problems.Add(problem);
            Failures++;
        }

        public PaymentPolicy? Policy(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Fail($"the policy must be a JSON object, not {Kind(root)}");
                return null;
            }

            var found = Properties(root, "", Keys);
            foreach (var key in Keys)
            {
                if (!found.ContainsKey(key) && !OptionalKeys.Contains(key)) Fail($"{key}: missing");
            }

            var before = Failures;
            var name = Text(found, "name");
            var version = Text(found, "version");
            var budget = Number(found, "budget");
            var pointsPerRw = Number(found, "pointsPerRw");
            var weightReference = found.ContainsKey("weightReference") ? Text(found, "weightReference") : PeriodReference;
            var coefficients = found.TryGetValue("hospitalCoefficients", out var k) ? Map(k, "hospitalCoefficients") : NoEntries;
            var multiples = found.TryGetValue("highOutlierMultiple", out var h) ? Map(h, "highOutlierMultiple") : null;
            var lowRatio = Number(found, "lowOutlierRatio");
            var dispositions = found.TryGetValue("incompleteDispositions", out var d) ? Codes(d, "incompleteDispositions") : null;
            var rate = Number(found, "feeForServiceRate");
            var share = Number(found, "specialReviewMaxShare");
            var advance = Number(found, "advanceRate");
            var perDiem = found.TryGetValue("perDiem", out var p) ? PerDiem(p) : NoEntries;
            var bands = found.TryGetValue("globalBudget", out var g) ? Bands(g) : null;
            if (Failures > before || name is null || version is null || budget is null || pointsPerRw is null || weightReference is null
                || coefficients is null || multiples is null || lowRatio is null || dispositions is null || rate is null || share is null
                || advance is null || perDiem is null || bands is null)
            {
                return null;
            }

            return new PaymentPolicy
            {
                Name = name,
                Version = version,
                Budget = budget.Value,
                PointsPerRw = pointsPerRw.Value,
                WeightReference = weightReference,
                HospitalCoefficients = coefficients,
                HighOutlierMultiples = multiples,
                LowOutlierRatio = lowRatio.Value,
                IncompleteDispositions = dispositions.Value,
                FeeForServiceRate = rate.Value,
                SpecialReviewMaxShare = share.Value,
                AdvanceRate = advance.Value,
                PerDiemRates = perDiem,
                BudgetBands = bands.Value,
            };
        }

        private Dictionary<string, JsonElement> Properties(JsonElement element, string path, IReadOnlyCollection<string> known)
        {
            var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var item = path + property.Name;
                if (!known.Contains(property.Name)) Problems.Add($"{item}: unknown key; expected {string.Join(", ", known)}");
                else if (!found.TryAdd(property.Name, property.Value)) Problems.Add($"{item}: the key appears twice");
            }
            return found;
        }

        private string? Text(Dictionary<string, JsonElement> found, string key)
        {
            if (!found.TryGetValue(key, out var value)) return null;
            if (value.ValueKind == JsonValueKind.String) return value.GetString();
            Fail($"{key}: expected a string, found {Kind(value)}");
            return null;
        }

        private decimal? Number(Dictionary<string, JsonElement> found, string key) => found.TryGetValue(key, out var value) ? Number(value, key) : null;

        private decimal? Number(JsonElement value, string item)
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)) return number;
            Fail(value.ValueKind == JsonValueKind.Number ? $"{item}: {value.GetRawText()} is out of range" : $"{item}: expected a number, found {Kind(value)}");
            return null;
        }

        private ImmutableSortedDictionary<string, decimal>? Map(JsonElement value, string item)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                Fail($"{item}: expected an object of numbers, found {Kind(value)}");
                return null;
            }
            var map = NoEntries.ToBuilder();
            var ok = true;
            foreach (var property in value.EnumerateObject())
            {
                if (map.ContainsKey(property.Name))
                {
                    Fail($"{item}.{property.Name}: the key appears twice");
                    ok = false;
                }
                else if (Number(property.Value, $"{item}.{property.Name}") is { } number) map[property.Name] = number;
                else ok = false;
            }
            return ok ? map.ToImmutable() : null;
        }

        private ImmutableArray<int>? Codes(JsonElement value, string item)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Fail($"{item}: expected an array of 离院方式 codes, found {Kind(value)}");
                return null;
            }
            var codes = ImmutableArray.CreateBuilder<int>();
            var index = 0;
            foreach (var element in value.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var code) && code >= 0) codes.Add(code);
                else Fail(string.Create(CultureInfo.InvariantCulture, $"{item}[{index}]: expected a 离院方式 code (a whole number), found {element.GetRawText()}"));
                index++;
            }
            return codes.Count == index ? codes.ToImmutable() : null;
        }

        private ImmutableSortedDictionary<string, decimal>? PerDiem(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                Fail($"perDiem: expected an object with groups, found {Kind(value)}");
                return null;
            }
            var found = Properties(value, "perDiem.", ["groups"]);
            if (!found.TryGetValue("groups", out var groups))
            {
                Fail("perDiem.groups: missing");
                return null;
            }
            return Map(groups, "perDiem.groups");
        }

        private ImmutableArray<BudgetBand>? Bands(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                Fail($"globalBudget: expected an object with bands, found {Kind(value)}");
                return null;
            }
            var found = Properties(value, "globalBudget.", ["bands"]);
            if (!found.TryGetValue("bands", out var array))
            {
                Fail("globalBudget.bands: missing");
                return null;
            }
            if (array.ValueKind != JsonValueKind.Array)
            {
                Fail($"globalBudget.bands: expected an array of bands, found {Kind(array)}");
                return null;
            }

            var bands = ImmutableArray.CreateBuilder<BudgetBand>();
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var item = string.Create(CultureInfo.InvariantCulture, $"globalBudget.bands[{index++}]");
                if (element.ValueKind != JsonValueKind.Object)
                {
                    Fail($"{item}: expected a band object, found {Kind(element)}");
                    continue;
                }
                var band = Properties(element, item + ".", BandKeys);
                foreach (var key in BandKeys)
                {
                    if (!band.ContainsKey(key)) Fail($"{item}.{key}: missing");
                }
                var from = band.TryGetValue("from", out var f) ? Number(f, item + ".from") : null;
                decimal? to = null;
                var toOk = band.TryGetValue("to", out var t) && (t.ValueKind == JsonValueKind.Null || (to = Number(t, item + ".to")) is not null);
                var share = band.TryGetValue("networkShare", out var s) ? Number(s, item + ".networkShare") : null;
                BandKind? kind = null;
                if (band.TryGetValue("kind", out var k))
                {
                    kind = k.ValueKind == JsonValueKind.String ? PaymentWords.ParseBandKind(k.GetString()!) : null;
                    if (kind is null) Fail($"{item}.kind: expected \"surplus\" or \"overspend\", found {k.GetRawText()}");
                }
                if (from is not null && toOk && share is not null && kind is not null) bands.Add(new BudgetBand(from.Value, to, share.Value, kind.Value));
            }
            return bands.Count == index ? bands.ToImmutable() : null;
        }

        private static string Kind(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => $"the string {value.GetRawText()}",
            JsonValueKind.Number => $"the number {value.GetRawText()}",
            JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => "null",
        };
    }
}
