using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Rules;

namespace FilingLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run, the loaded rules as <c>tool.driver.rules</c> (each with its documentation
/// page as <c>helpUri</c>), one result per finding with its region (1-based; end column exclusive, as SARIF defines it)
/// and a line-independent <c>partialFingerprints</c> entry, and suppressed findings as results with <c>suppressions</c>.
/// A run over <see cref="SarifLimits"/> keeps its most severe results and says in a notification and on the warnings
/// writer how many it left out.
/// </summary>
/// <param name="rules">The rules of the run, described in <c>tool.driver.rules</c>.</param>
/// <param name="rootDirectory">Artifact URIs are relative to this folder, named <c>%SRCROOT%</c>; default: the current folder.</param>
/// <param name="suppressed">Findings found but accepted (baseline) or suppressed in the filing.</param>
/// <param name="warnings">Where to say that results were left out (standard error).</param>
/// <param name="limits">Default: GitHub's.</param>
public sealed class SarifReportWriter(
    RuleSet? rules = null,
    string? rootDirectory = null,
    IReadOnlyList<ReportedSuppression>? suppressed = null,
    TextWriter? warnings = null,
    SarifLimits? limits = null) : IReportWriter
{
    /// <summary>The OASIS standard's schema, with its errata: the one the tests validate against.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The key under <c>partialFingerprints</c>; versioned so a change of the recipe is not mistaken for new findings.</summary>
    public const string FingerprintKey = "filinglintFingerprint/v1";

    private const string RootId = "%SRCROOT%";

    public string Format => "sarif";

    private sealed record Result(Finding Finding, string Fingerprint, ReportedSuppression? Suppression);

    public void Write(LintRun run, TextWriter output)
    {
        var limit = limits ?? SarifLimits.GitHub;
        string root = Path.GetFullPath(rootDirectory ?? Directory.GetCurrentDirectory());
        var results = new List<Result>();
        foreach (var file in run.Files)
        {
            var fingerprints = Fingerprint.ForFindings(file.Findings, file.Document);
            for (int i = 0; i < file.Findings.Count; i++) results.Add(new Result(file.Findings[i], fingerprints[i], null));
        }
        results.AddRange((suppressed ?? []).Select(s => new Result(s.Finding, s.Fingerprint, s)));

        int keep = Math.Min(results.Count, limit.ResultsPerRun);
        byte[] json = Render(run, results, Kept(results, keep), root, keep);
        // The size limit is on the gzipped file; shrink by the overshoot (and a margin, as gzip is not linear) until it fits.
        for (long size; keep > 0 && json.Length > limit.GzippedBytes && (size = GzippedLength(json)) > limit.GzippedBytes;)
        {
            keep = Math.Min(keep - 1, (int)(keep * (limit.GzippedBytes / (double)size) * 0.9));
            json = Render(run, results, Kept(results, keep), root, keep);
        }
        if (keep < results.Count)
            warnings?.WriteLine($"warning: {LeftOut(results.Count, keep)} The SARIF run has the {keep:N0} most severe.");
        output.Write(System.Text.Encoding.UTF8.GetString(json));
        output.WriteLine();
    }

    /// <summary>The results a run of <paramref name="keep"/> results holds: reported findings before accepted ones, errors first.</summary>
    private static HashSet<int> Kept(List<Result> results, int keep) =>
        Enumerable.Range(0, results.Count)
            .OrderBy(i => results[i].Suppression is null ? 0 : 1)
            .ThenByDescending(i => results[i].Finding.Severity)
            .ThenBy(i => i)
            .Take(keep).ToHashSet();

    private static string LeftOut(int total, int keep) =>
        $"{total - keep:N0} of {total:N0} results were left out: GitHub code scanning takes at most {SarifLimits.GitHub.ResultsPerRun:N0} results " +
        "in a run and 10 MB of SARIF gzipped.";

    private static long GzippedLength(byte[] json)
    {
        using var counted = new MemoryStream();
        using (var gzip = new GZipStream(counted, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(json);
        return counted.Length;
    }

    private byte[] Render(LintRun run, List<Result> results, HashSet<int> kept, string root, int keep)
    {
        var definitions = (rules?.Definitions ?? []).ToList();
        var descriptors = definitions.Select(d => d.Id).ToList();
        foreach (var id in results.Select(r => r.Finding.RuleId))
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
            json.WriteString("informationUri", ProjectHome.Uri);
            json.WriteStartArray("rules");
            foreach (var id in descriptors) WriteRule(json, id, definitions.FirstOrDefault(d => d.Id == id));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootId);
            json.WriteString("uri", new Uri(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            for (int i = 0; i < results.Count; i++)
                if (kept.Contains(i)) WriteResult(json, results[i], descriptors.IndexOf(results[i].Finding.RuleId), root);
            json.WriteEndArray();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", !run.Files.Any(f => f.IsUnreadable));
            json.WriteString("startTimeUtc", run.Started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            if (keep < results.Count)
            {
                json.WriteStartArray("toolExecutionNotifications");
                json.WriteStartObject();
                json.WriteString("level", "warning");
                WriteText(json, "message", LeftOut(results.Count, keep) + " The most severe are kept.");
                json.WriteStartObject("properties");
                json.WriteNumber("resultsLeftOut", results.Count - keep);
                json.WriteNumber("resultsFound", results.Count);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void WriteRule(Utf8JsonWriter json, string id, RuleDefinition? d)
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
        // A built-in rule's page is generated in this repository; a user's rule has one only if its file names it.
        string? uri = d?.HelpUri ?? (d?.File.StartsWith("builtin:", StringComparison.Ordinal) == true ? ProjectHome.RulePage(id) : null);
        if (uri is not null) json.WriteString("helpUri", uri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(d?.Severity ?? Severity.Error));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Result result, int ruleIndex, string root)
    {
        var f = result.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", f.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(f.Severity));
        string message = f.Suggestion is { Length: > 0 } s ? $"{f.Message} Suggestion: {s}" : f.Message;
        WriteText(json, "message", message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, f.Path, f.Location, f.Excerpt, root);
        json.WriteEndObject();
        json.WriteEndArray();
        if (f.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (int i = 0; i < f.Related.Count; i++)
            {
                var r = f.Related[i];
                json.WriteStartObject();
                json.WriteNumber("id", i + 1);
                WritePhysicalLocation(json, r.Path, r.Location, r.Excerpt, root);
                WriteText(json, "message", "The statement this finding is compared with.");
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, result.Fingerprint);
        json.WriteEndObject();
        if (result.Suppression is { } suppression)
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

    private static void WritePhysicalLocation(Utf8JsonWriter json, string path, Location location, string excerpt, string root)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        string relative = ReportPaths.Relative(path, root);
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            // Outside the root a relative URI would climb out of it; an absolute one says where the file is.
            json.WriteString("uri", new Uri(Path.GetFullPath(path)).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", Uri(relative));
            json.WriteString("uriBaseId", RootId);
        }
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        if (excerpt.Length > 0)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", excerpt);
            json.WriteEndObject();
        }
        json.WriteEndObject();
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
