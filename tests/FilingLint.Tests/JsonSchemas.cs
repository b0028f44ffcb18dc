using System.Text.Json;
using Json.Schema;

namespace FilingLint.Tests;

/// <summary>JSON Schema validation with JsonSchema.Net, every format asserted, errors as "instance path: keyword: message".</summary>
internal static class JsonSchemas
{
    private static readonly BuildOptions Options = CreateOptions();

    /// <summary>
    /// JsonSchema.Net knows drafts 6 and later. The SARIF schema declares draft 4, whose keywords it uses as draft 6 reads
    /// them (no boolean exclusiveMinimum, <c>id</c> only as a name), so draft 4 is draft 6 under that name here.
    /// </summary>
    private static BuildOptions CreateOptions()
    {
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft06.With([], new Uri("http://json-schema.org/draft-04/schema#")));
        return new BuildOptions { DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Loaded = new();

    /// <summary>The schema in a file, built once per test run (a schema registers its id, so it cannot be built twice).</summary>
    public static JsonSchema Load(string path) =>
        Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(p), Options))).Value;

    /// <summary>The errors of <paramref name="instance"/>; empty when it is valid.</summary>
    public static List<string> Errors(this JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid) return [];
        return (results.Details ?? [results])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
    }
}
