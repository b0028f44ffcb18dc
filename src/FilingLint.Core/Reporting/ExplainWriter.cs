using FilingLint.Engine;

namespace FilingLint.Reporting;

/// <summary>
/// <c>lint --explain</c>: for each file, every rule's status (passed, failed, skipped with why, errored), its
/// number of findings and its duration, then the findings that suppression comments silenced.
/// </summary>
public static class ExplainWriter
{
    public static void Write(LintRun run, TextWriter output)
    {
        foreach (var file in run.Files)
        {
            output.WriteLine();
            output.WriteLine($"{VisibleText.Escape(file.Path)}: {(file.IsUnreadable ? "not read" : $"{file.Rules.Count} rule(s)")}");
            int width = file.Rules.Count == 0 ? 0 : file.Rules.Max(r => r.RuleId.Length);
            foreach (var r in file.Rules)
            {
                string findings = r.Findings == 1 ? "1 finding" : $"{r.Findings} findings";
                string why = r.Reason is null ? "" : $" ({VisibleText.Escape(r.Reason)})";
                output.WriteLine($"  {JsonResultTree.StatusName(r.Status),-8} {VisibleText.Escape(r.RuleId).PadRight(width)}  {findings,-11} {r.Duration.TotalMilliseconds,8:0.000} ms{why}");
            }
            foreach (var s in file.Suppressed)
            {
                var f = s.Finding;
                output.WriteLine($"  suppressed {VisibleText.Escape(f.RuleId)} at {f.Location.Line}:{f.Location.Column} by the comment on line {s.Directive.Line}: {VisibleText.Escape(s.Reason ?? "(no reason given)")}");
            }
        }
    }
}
