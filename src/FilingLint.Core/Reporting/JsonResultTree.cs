using System.Text.Json;
using FilingLint.Engine;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// The per-file fields added to the JSON contract by the rule-authoring work, after <c>findings</c>:
/// <c>"suppressed": [{"ruleId","severity","message","line","column","reason","directiveLine"}]</c> and
/// <c>"rules": [{"id","status","reason","durationMs","findings"}]</c> (the result tree behind <c>--explain</c>).
/// </summary>
internal static class JsonResultTree
{
    public static void Write(Utf8JsonWriter json, FileResult file)
    {
        json.WriteStartArray("suppressed");
        foreach (var s in file.Suppressed)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", s.Finding.RuleId);
            json.WriteString("severity", s.Finding.Severity.ToName());
            json.WriteString("message", s.Finding.Message);
            json.WriteNumber("line", s.Finding.Location.Line);
            json.WriteNumber("column", s.Finding.Location.Column);
            if (s.Reason is null) json.WriteNull("reason");
            else json.WriteString("reason", s.Reason);
            json.WriteNumber("directiveLine", s.Directive.Line);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rules");
        foreach (var r in file.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", r.RuleId);
            json.WriteString("status", StatusName(r.Status));
            if (r.Reason is null) json.WriteNull("reason");
            else json.WriteString("reason", r.Reason);
            json.WriteNumber("durationMs", Math.Round(r.Duration.TotalMilliseconds, 3));
            json.WriteNumber("findings", r.Findings);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static string StatusName(RuleStatus status) => status switch
    {
        RuleStatus.Passed => "passed",
        RuleStatus.Failed => "failed",
        RuleStatus.Skipped => "skipped",
        _ => "errored",
    };
}
