using System.Text.Encodings.Web;
using System.Text.Json;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Rules;

namespace FilingLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run, the loaded rules as <c>tool.driver.rules</c>, one result per finding
/// with its region (1-based; end column exclusive, as SARIF defines it) and a line-independent
/// <c>partialFingerprints</c> entry, and suppressed findings as results with <c>suppressions</c>.
/// </summary>
/// <param name="rules">The rules of the run, described in <c>tool.driver.rules</c>.</param>
/// <param name="baseDirectory">Artifact URIs are relative to this folder (the repository root); default: the current folder.</param>
/// <param name="helpUri">The page documenting the built-in rules; rules from a file point at that file instead.</param>
/// <param name="suppressed">Findings found but accepted (baseline) or suppressed in the filing.</param>
public sealed class SarifReportWriter(
    RuleSet? rules = null,
    string? baseDirectory = null,
    string? helpUri = null,
    IReadOnlyList<ReportedSuppression>? suppressed = null) : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key under <c>partialFingerprints</c>; versioned so a change of the recipe is not mistaken for new findings.</summary>
    public const string FingerprintKey = "filinglintFingerprint/v1";

    public string Format => "sarif";

    public void Write(LintRun run, TextWriter output)
    {
        string root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        var definitions = (rules?.Definitions ?? []).ToList();
        var descriptors = definitions.Select(d => d.Id).ToList();
        foreach (var id in run.AllFindings.Concat((suppressed ?? []).Select(s => s.Finding)).Select(f => f.RuleId))
            if (!descriptors.Contains(id)) descriptors.Add(id);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "FilingLint");
            json.WriteString("semanticVersion", LintRun.ToolVersion);
            json.WriteString("version", LintRun.ToolVersion);
            if (helpUri is not null) json.WriteString("informationUri", helpUri);
            json.WriteStartArray("rules");
            foreach (var id in descriptors) WriteRule(json, id, definitions.FirstOrDefault(d => d.Id == id));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteString("uri", new Uri(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            foreach (var file in run.Files)
            {
                var fingerprints = Fingerprint.ForFindings(file.Findings, file.Document);
                for (int i = 0; i < file.Findings.Count; i++)
                    WriteResult(json, file.Findings[i], fingerprints[i], descriptors.IndexOf(file.Findings[i].RuleId), root, null);
            }
            foreach (var s in suppressed ?? [])
                WriteResult(json, s.Finding, s.Fingerprint, descriptors.IndexOf(s.Finding.RuleId), root, s);
            json.WriteEndArray();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", !run.Files.Any(f => f.IsUnreadable));
            json.WriteString("startTimeUtc", run.Started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private void WriteRule(Utf8JsonWriter json, string id, RuleDefinition? d)
    {
        string description = d?.Description ?? id switch
        {
            WellKnownRules.RuleError => "A rule failed (threw or timed out) on a file; the other rules still ran.",
            WellKnownRules.InputUnreadable => "A file could not be read (missing, binary, corrupt or too large).",
            _ => id,
        };
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", Name(id));
        WriteText(json, "shortDescription", description);
        string full = d?.Source is { Length: > 0 } source ? $"{description} Source: {source}." : description;
        WriteText(json, "fullDescription", full);
        string help = d?.Suggestion is { } suggestion ? $"{full}\nFix: {suggestion.Value}" : full;
        WriteText(json, "help", help);
        string? uri = d is not null && !d.File.StartsWith("builtin:", StringComparison.Ordinal) && File.Exists(d.File)
            ? new Uri(Path.GetFullPath(d.File)).AbsoluteUri
            : helpUri;
        if (uri is not null) json.WriteString("helpUri", uri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(d?.Severity ?? Severity.Error));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding f, string fingerprint, int ruleIndex, string root, ReportedSuppression? suppression)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(f.Severity));
        string message = f.Suggestion is { Length: > 0 } s ? $"{f.Message} Suggestion: {s}" : f.Message;
        WriteText(json, "message", message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(ReportPaths.Relative(f.Path, root)));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", f.Location.Line);
        json.WriteNumber("startColumn", f.Location.Column);
        json.WriteNumber("endLine", f.Location.EndLine);
        json.WriteNumber("endColumn", f.Location.EndColumn);
        if (f.Excerpt.Length > 0)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", f.Excerpt);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
        if (suppression is not null)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind);
            if (suppression.Justification is not null) json.WriteString("justification", suppression.Justification);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF levels: error, warning, note.</summary>
    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A SARIF rule name is an identifier-like string: <c>terms.inconsistent-agreement-name</c> becomes <c>TermsInconsistentAgreementName</c>.</summary>
    private static string Name(string id) =>
        string.Concat(id.Split('.', '-', '_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>A relative URI reference: each path segment percent-encoded, slashes kept.</summary>
    private static string Uri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(System.Uri.EscapeDataString));
}
