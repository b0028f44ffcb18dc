using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace FilingLint.Rules.Schema;

/// <summary>
/// Generates the JSON Schema of rule files from <see cref="RuleFileModel"/> with <see cref="JsonSchemaExporter"/>.
/// Shipped as <c>rules/schema.json</c> (a test keeps the file equal to this output) and named by the
/// <c># yaml-language-server: $schema=</c> line of every rules file, so editors complete and check fields.
/// </summary>
public static class RuleFileSchema
{
    public static string Generate()
    {
        var options = new JsonSerializerOptions(JsonSerializerOptions.Default)
        {
            PropertyNamingPolicy = JsonNamingPolicy.KebabCaseLower,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
            RespectNullableAnnotations = true,
        };
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = options.GetJsonSchemaAsNode(typeof(RuleFileModel), exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://filinglint.dev/schema/rules.json",
            ["title"] = "FilingLint rules file",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The rules on which fields go together: exactly one check, patterns or text, 'for' and 'at' only with 'assert'.</summary>
    private static void Combinations(JsonTypeInfo type, JsonObject obj)
    {
        static JsonArray EachRequired(IEnumerable<string> fields) =>
            new(fields.Select(f => (JsonNode)new JsonObject { ["required"] = new JsonArray(f) }).ToArray());
        if (type.Type.GetCustomAttribute<ExactlyOneOfAttribute>() is { } one) obj["oneOf"] = EachRequired(one.Fields);
        if (type.Type.GetCustomAttribute<AtLeastOneOfAttribute>() is { } some) obj["anyOf"] = EachRequired(some.Fields);
        var dependent = new JsonObject();
        foreach (var property in type.Properties)
            if (property.AttributeProvider?.GetCustomAttributes(typeof(OnlyWithAttribute), false) is [OnlyWithAttribute with, ..])
                dependent[property.Name] = new JsonArray(with.Field);
        if (dependent.Count > 0) obj["dependentRequired"] = dependent;
        if (type.Type.GetCustomAttribute<NotWhenAttribute>() is { } not)
        {
            obj["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { [not.Field] = new JsonObject { ["const"] = not.Value } },
                ["required"] = new JsonArray(not.Field),
            };
            obj["then"] = new JsonObject { ["not"] = new JsonObject { ["anyOf"] = EachRequired(not.Fields) } };
        }
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        var provider = (ICustomAttributeProvider?)context.PropertyInfo?.AttributeProvider ?? context.TypeInfo.Type;
        if (schema is not JsonObject obj) return schema;
        // Optional fields may be left out but not written as null: null is not a value a rule file means.
        if (context.PropertyInfo is not null && obj["type"] is JsonArray types && types.Count == 2 && types.Any(t => (string?)t == "null"))
            obj["type"] = (string?)types.First(t => (string?)t != "null");
        if (obj["enum"] is JsonArray values && values.Any(v => v is null))
            values.Remove(values.First(v => v is null));
        if (context.PropertyInfo is not null && provider.GetCustomAttributes(typeof(PatternAttribute), false) is [PatternAttribute pattern, ..])
            obj["pattern"] = pattern.Pattern;
        if (context.PropertyInfo is not null && provider.GetCustomAttributes(typeof(ConditionAttribute), false).Length > 0)
            obj["type"] = new JsonArray("string", "boolean");
        // The loader refuses an empty item in a list of patterns or phrases.
        if (obj["items"] is JsonObject { } listed && (string?)listed["type"] == "string")
            listed["minLength"] = 1;
        if (obj["properties"] is JsonObject) Combinations(context.TypeInfo, obj);
        if (provider.GetCustomAttributes(typeof(NamedPatternsAttribute), false).Length > 0 && obj["items"] is JsonObject plain)
        {
            obj["items"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(plain.DeepClone(), new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["pattern"] = new JsonObject { ["description"] = "A .NET regular expression.", ["type"] = "string", ["minLength"] = 1 },
                        ["means"] = new JsonObject { ["description"] = "What the pattern looks for, in plain words: findings show it instead of the pattern.", ["type"] = "string", ["minLength"] = 1 },
                    },
                    ["required"] = new JsonArray("pattern", "means"),
                    ["additionalProperties"] = false,
                }),
            };
        }
        if (provider.GetCustomAttributes(typeof(OneOrManyAttribute), false).Length > 0 && obj["items"] is JsonNode items)
        {
            var item = items.DeepClone();
            obj.Remove("type");
            obj.Remove("items");
            obj["anyOf"] = new JsonArray(item, new JsonObject { ["type"] = "array", ["items"] = item.DeepClone() });
        }
        var description = provider.GetCustomAttributes(typeof(DescriptionAttribute), false).OfType<DescriptionAttribute>().FirstOrDefault();
        if (description is not null) obj.Insert(0, "description", description.Description);
        return obj;
    }
}
