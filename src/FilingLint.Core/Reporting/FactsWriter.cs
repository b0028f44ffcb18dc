using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FilingLint.Documents;
using FilingLint.Facts;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// Writes a filing's fact model as JSON or YAML, every span shown as its 1-based line and column with the
/// text it covers, so a rule author can see exactly what a rule expression will see.
/// </summary>
public static class FactsWriter
{
    public static void WriteJson(Document document, Filing filing, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(filing, Options(document)));

    public static void WriteYaml(Document document, Filing filing, TextWriter output)
    {
        // YAML is written from the same JSON tree, so both formats always show the same facts.
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(filing, Options(document)));
        var serializer = new YamlDotNet.Serialization.SerializerBuilder().Build();
        output.Write(serializer.Serialize(ToPlain(json.RootElement)));
    }

    private static object? ToPlain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static JsonSerializerOptions Options(Document document) => new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new SpanConverter(document) },
    };

    private sealed class SpanConverter(Document document) : JsonConverter<SourceSpan>
    {
        public override SourceSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, SourceSpan value, JsonSerializerOptions options)
        {
            var location = Location.Of(document, value);
            writer.WriteStartObject();
            writer.WriteNumber("line", location.Line);
            writer.WriteNumber("column", location.Column);
            string text = document.Slice(value);
            writer.WriteString("text", text.Length > 120 ? text[..120] + "…" : text);
            writer.WriteEndObject();
        }
    }
}
