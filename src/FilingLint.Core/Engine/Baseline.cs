using System.Text.Encodings.Web;
using System.Text.Json;
using FilingLint.Findings;
using FilingLint.Reporting;

namespace FilingLint.Engine;

/// <summary>
/// Findings accepted as they are, so a gate fails only on new ones. An entry matches a finding by rule id, path
/// (relative to the base folder, forward slashes) and <see cref="Fingerprint"/>, never by line: inserting text
/// above an accepted finding keeps it accepted. Each entry accepts one finding. The file:
/// <c>{"version":1,"tool":"FilingLint x.y.z","findings":[{"ruleId","path","fingerprint","line","message"}]}</c>,
/// where <c>line</c> and <c>message</c> are for people reading it and play no part in matching.
/// </summary>
public sealed class Baseline
{
    public const int FormatVersion = 1;

    public IReadOnlyList<BaselineEntry> Entries { get; }

    private Baseline(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

    /// <summary>The run's findings as a baseline, paths relative to <paramref name="baseDirectory"/>.</summary>
    public static Baseline From(LintRun run, string baseDirectory)
    {
        var entries = new List<BaselineEntry>();
        foreach (var file in run.Files)
        {
            var fingerprints = Fingerprint.ForFindings(file.Findings, file.Document);
            for (int i = 0; i < file.Findings.Count; i++)
            {
                var f = file.Findings[i];
                entries.Add(new BaselineEntry(f.RuleId, ReportPaths.Relative(f.Path, baseDirectory), fingerprints[i], f.Location.Line, f.Message));
            }
        }
        return new Baseline(entries);
    }

    /// <summary>Splits the run into the findings not in the baseline (a new run) and those it accepts.</summary>
    public (LintRun New, IReadOnlyList<ReportedSuppression> Accepted) Apply(LintRun run, string baseDirectory, string justification)
    {
        var remaining = Entries.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var accepted = new List<ReportedSuppression>();
        var files = new List<FileResult>();
        foreach (var file in run.Files)
        {
            var fingerprints = Fingerprint.ForFindings(file.Findings, file.Document);
            var byText = Fingerprint.ByTextForFindings(file.Findings, file.Document);
            var kept = new List<Finding>();
            for (int i = 0; i < file.Findings.Count; i++)
            {
                var f = file.Findings[i];
                string path = ReportPaths.Relative(f.Path, baseDirectory);
                string key = Key(new BaselineEntry(f.RuleId, path, fingerprints[i], 0, ""));
                // A baseline written before document-level findings had fingerprints of their own names them by their text.
                if (f.DocumentLevel && remaining.GetValueOrDefault(key) == 0)
                    key = Key(new BaselineEntry(f.RuleId, path, byText[i], 0, ""));
                if (remaining.TryGetValue(key, out int left) && left > 0)
                {
                    remaining[key] = left - 1;
                    accepted.Add(new ReportedSuppression(f, fingerprints[i], "external", justification));
                }
                else kept.Add(f);
            }
            files.Add(file with { Findings = kept });
        }
        return (run with { Files = files }, accepted);
    }

    private static string Key(BaselineEntry e) => $"{e.RuleId}\u001f{e.Path}\u001f{e.Fingerprint}";

    public void Write(TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("tool", "FilingLint " + LintRun.ToolVersion);
            json.WriteStartArray("findings");
            foreach (var e in Entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.RuleId, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", e.RuleId);
                json.WriteString("path", e.Path);
                json.WriteString("fingerprint", e.Fingerprint);
                json.WriteNumber("line", e.Line);
                json.WriteString("message", e.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    /// <summary>Far more than the baseline of any real filing set (a finding takes about a hundred bytes).</summary>
    private const long MaxBaselineBytes = 256L << 20;

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="BaselineException">Missing, unreadable or malformed; the message has the file, line and column.</exception>
    public static Baseline Load(string path)
    {
        string text;
        try
        {
            text = Configuration.UserFile.ReadAllText(path, MaxBaselineBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException($"{path}:1:1: error: cannot read the baseline: {e.Message}");
        }
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
                throw new BaselineException($"{path}:1:1: error: not a FilingLint baseline: expected an object with a \"findings\" array");
            if (root.TryGetProperty("version", out var version) && (version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion))
                throw new BaselineException($"{path}:1:1: error: baseline version {version} is not supported (expected {FormatVersion})");
            var entries = new List<BaselineEntry>();
            int n = 0;
            foreach (var item in findings.EnumerateArray())
            {
                n++;
                string? Get(string name) => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                string? ruleId = Get("ruleId"), file = Get("path"), fingerprint = Get("fingerprint");
                if (ruleId is null || file is null || fingerprint is null)
                    throw new BaselineException($"{path}:1:1: error: baseline finding #{n} needs string \"ruleId\", \"path\" and \"fingerprint\"");
                int line = item.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : 0;
                entries.Add(new BaselineEntry(ruleId, file, fingerprint, line, Get("message") ?? ""));
            }
            return new Baseline(entries);
        }
        catch (JsonException e)
        {
            throw new BaselineException($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: error: the baseline is not valid JSON: {e.Message}");
        }
    }
}
