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

    /// <summary>
    /// A deal's fact model: its documents (each document's own facts are what <c>facts PATH</c> prints for it), the
    /// agreements matched across them and the program's offerings, every place shown with its document's path.
    /// </summary>
    public static void WriteDeal(IReadOnlyList<Document> documents, Deal deal, bool json, TextWriter output)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(), new DealSpanConverter(documents), new DealDocumentConverter() },
        };
        string text = JsonSerializer.Serialize(deal, options);
        if (json)
        {
            output.WriteLine(text);
            return;
        }
        using var tree = JsonDocument.Parse(text);
        output.Write(new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(ToPlain(tree.RootElement)));
    }

    private sealed class DealSpanConverter(IReadOnlyList<Document> documents) : JsonConverter<DealSpan>
    {
        public override DealSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DealSpan value, JsonSerializerOptions options)
        {
            var document = documents[value.Document];
            var location = Location.Of(document, value.Span);
            writer.WriteStartObject();
            writer.WriteNumber("document", value.Document);
            writer.WriteString("path", document.Path);
            writer.WriteNumber("line", location.Line);
            writer.WriteNumber("column", location.Column);
            string text = document.Slice(value.Span);
            writer.WriteString("text", text.Length > 120 ? text[..120] + "…" : text);
            writer.WriteEndObject();
        }
    }

    /// <summary>A deal's document without its own fact model, which <c>facts PATH</c> shows.</summary>
    private sealed class DealDocumentConverter : JsonConverter<DealDocument>
    {
        public override DealDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DealDocument value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("Index", value.Index);
            writer.WriteString("Path", value.Path);
            writer.WriteString("Name", value.Name);
            if (value.FormType is null) writer.WriteNull("FormType");
            else writer.WriteString("FormType", value.FormType);
            writer.WriteString("Kind", value.Kind.ToString());
            if (value.FilingDate is { } date) writer.WriteString("FilingDate", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            else writer.WriteNull("FilingDate");
            writer.WriteEndObject();
        }
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
