using System.Text.Json;
using System.Text.RegularExpressions;

namespace FilingLint.Tests.Reporting;

/// <summary>
/// A JSON Schema validator for the keywords the SARIF 2.1.0 schema uses (no validator package restores here):
/// type, $ref to #/definitions, properties, additionalProperties, required, enum, items, minItems, uniqueItems,
/// minimum, maximum, pattern, anyOf, oneOf, and the uri / uri-reference / date-time formats. Any other
/// keyword is refused, so a schema needing more cannot pass unchecked.
/// </summary>
internal sealed class JsonSchemaSubset(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "id", "$id", "title", "description", "default"];

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            var s = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(s.GetString()!), value, at, errors);
                    break;
                case "type":
                    var types = s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().Select(t => t.GetString()!).ToList() : [s.GetString()!];
                    if (!types.Any(t => HasType(value, t))) errors.Add($"{at}: expected {string.Join("|", types)}, got {value.ValueKind}");
                    break;
                case "properties":
                    if (value.ValueKind != JsonValueKind.Object) break;
                    foreach (var p in s.EnumerateObject())
                        if (value.TryGetProperty(p.Name, out var child)) Check(p.Value, child, $"{at}.{p.Name}", errors);
                    break;
                case "additionalProperties":
                    if (value.ValueKind != JsonValueKind.Object) break;
                    var known = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                    foreach (var p in value.EnumerateObject().Where(p => !known.Contains(p.Name)))
                    {
                        if (s.ValueKind == JsonValueKind.False) errors.Add($"{at}: property '{p.Name}' is not allowed");
                        else if (s.ValueKind == JsonValueKind.Object) Check(s, p.Value, $"{at}.{p.Name}", errors);
                    }
                    break;
                case "required":
                    if (value.ValueKind != JsonValueKind.Object) break;
                    foreach (var name in s.EnumerateArray().Select(r => r.GetString()!))
                        if (!value.TryGetProperty(name, out _)) errors.Add($"{at}: required property '{name}' is missing");
                    break;
                case "enum":
                    if (!s.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value))) errors.Add($"{at}: {value} is not one of {s}");
                    break;
                case "items":
                    if (value.ValueKind != JsonValueKind.Array) break;
                    int i = 0;
                    foreach (var item in value.EnumerateArray()) Check(s, item, $"{at}[{i++}]", errors);
                    break;
                case "minItems":
                    if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < s.GetInt32()) errors.Add($"{at}: fewer than {s} items");
                    break;
                case "uniqueItems":
                    if (value.ValueKind == JsonValueKind.Array && s.GetBoolean())
                    {
                        var items = value.EnumerateArray().ToList();
                        for (int a = 0; a < items.Count; a++)
                            for (int b = a + 1; b < items.Count; b++)
                                if (JsonElement.DeepEquals(items[a], items[b])) errors.Add($"{at}: items {a} and {b} are equal");
                    }
                    break;
                case "minimum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() < s.GetDouble()) errors.Add($"{at}: {value} is below {s}");
                    break;
                case "maximum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() > s.GetDouble()) errors.Add($"{at}: {value} is above {s}");
                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, s.GetString()!)) errors.Add($"{at}: '{value}' does not match {s}");
                    break;
                case "format":
                    if (value.ValueKind == JsonValueKind.String && !FormatHolds(s.GetString()!, value.GetString()!)) errors.Add($"{at}: '{value}' is not a {s}");
                    break;
                case "anyOf":
                    if (!s.EnumerateArray().Any(option => Passes(option, value, at))) errors.Add($"{at}: matches none of anyOf");
                    break;
                case "oneOf":
                    int matches = s.EnumerateArray().Count(option => Passes(option, value, at));
                    if (matches != 1) errors.Add($"{at}: matches {matches} of oneOf, not exactly one");
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name) && keyword.Name != "definitions")
                        throw new NotSupportedException($"schema keyword '{keyword.Name}' is not supported by this validator");
                    break;
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement value, string at)
    {
        var errors = new List<string>();
        Check(schema, value, at, errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/definitions/", StringComparison.Ordinal)) throw new NotSupportedException($"$ref '{reference}'");
        return root.GetProperty("definitions").GetProperty(reference["#/definitions/".Length..]);
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    private static bool FormatHolds(string format, string value) => format switch
    {
        "uri" => Uri.TryCreate(value, UriKind.Absolute, out _),
        "uri-reference" => Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _),
        "date-time" => DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _) && value.Contains('T'),
        _ => true,
    };
}
