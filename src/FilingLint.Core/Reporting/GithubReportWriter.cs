using System.Text;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands, so findings show as annotations on the changed lines:
/// <c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message</c> (warnings as <c>::warning</c>, info as
/// <c>::notice</c>; columns only on a one-line annotation, as the Actions toolkit requires). GitHub shows at most
/// <see cref="AnnotationsPerKind"/> of each kind per step, so the most severe are written first up to that, with a
/// notice of how many were left out. <see cref="WriteSummary"/> renders the Markdown job summary, which lists them all.
/// </summary>
/// <param name="baseDirectory">File paths are given relative to this folder (the workspace); default: the current folder.</param>
public sealed class GithubReportWriter(string? baseDirectory = null) : IReportWriter
{
    /// <summary>GitHub's limit on the annotations of one kind (error, warning, notice) it shows for a step.</summary>
    public const int AnnotationsPerKind = 10;

    /// <summary>GitHub refuses a step's job summary above 1 MiB; the table stops short of it, leaving room for the closing line.</summary>
    public const int SummaryBytes = 1024 * 1024 - 4096;

    public string Format => "github";

    public void Write(LintRun run, TextWriter output)
    {
        string root = baseDirectory ?? Directory.GetCurrentDirectory();
        var byKind = run.AllFindings.GroupBy(Command).ToDictionary(g => g.Key, g => g.ToList());
        bool overflow = byKind.Values.Any(list => list.Count > AnnotationsPerKind);
        var leftOut = new List<string>();
        foreach (var kind in (string[])["error", "warning", "notice"])
        {
            if (!byKind.TryGetValue(kind, out var findings)) continue;
            // When some are left out, the last notice slot carries the line that says so, so that GitHub shows it.
            int limit = overflow && kind == "notice" ? AnnotationsPerKind - 1 : AnnotationsPerKind;
            foreach (var f in findings.Take(limit)) WriteAnnotation(f, kind, root, output);
            if (findings.Count > limit) leftOut.Add($"{findings.Count - limit} {kind}{(findings.Count - limit == 1 ? "" : "s")}");
        }
        if (leftOut.Count > 0)
        {
            output.Write($"::notice title=FilingLint::{Data($"{string.Join(", ", leftOut)} not shown as annotations: GitHub shows {AnnotationsPerKind} of each kind per step. "
                + "The job summary and the other output formats list every finding.")}\n");
        }
    }

    private static string Command(Finding f) => f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };

    private static void WriteAnnotation(Finding f, string kind, string root, TextWriter output)
    {
        // Escaped before the runner's own escaping: a line break or ESC from a file name or filing text is shown, not
        // obeyed (the log renders ANSI colours); the line break before the suggestion is the annotation's own.
        string text = VisibleText.Escape(f.Message);
        string message = f.Suggestion is { Length: > 0 } s ? $"{text}\nsuggestion: {VisibleText.Escape(s)}" : text;
        var at = f.Location;
        output.Write($"::{kind} file={Property(VisibleText.Escape(ReportPaths.Relative(f.Path, root)))},line={at.Line},");
        output.Write(at.Line == at.EndLine ? $"col={at.Column},endLine={at.EndLine},endColumn={at.EndColumn}," : $"endLine={at.EndLine},");
        output.Write($"title={Property(VisibleText.Escape(f.RuleId))}::{Data(message)}\n");
    }

    /// <summary>The job summary: totals, then a table of findings (Markdown, with table syntax in filing text escaped).</summary>
    public void WriteSummary(LintRun run, TextWriter output)
    {
        string root = baseDirectory ?? Directory.GetCurrentDirectory();
        output.Write("## FilingLint\n\n");
        output.Write($"{TextReportWriter.Summary(run)}\n\n");
        if (!run.AllFindings.Any()) return;
        output.Write("| severity | rule | location | message |\n|---|---|---|---|\n");
        var findings = run.AllFindings.ToList();
        long bytes = 0;
        for (int i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            string row = $"| {f.Severity.ToName()} | `{f.RuleId}` | `{Cell(ReportPaths.Relative(f.Path, root))}:{f.Location.Line}:{f.Location.Column}` | {Cell(f.Message)}"
                + (string.IsNullOrEmpty(f.Suggestion) ? "" : $" Suggestion: {Cell(f.Suggestion)}") + " |\n";
            bytes += Encoding.UTF8.GetByteCount(row);
            if (bytes > SummaryBytes)
            {
                output.Write($"\n{findings.Count - i} more finding(s) left out: GitHub refuses a job summary over 1 MiB. The other output formats list every finding.\n");
                return;
            }
            output.Write(row);
        }
        output.Write("\n");
    }

    /// <summary>Escapes a command's message the way the Actions runner unescapes it: <c>%</c>, CR and LF.</summary>
    public static string Data(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>Escapes a property value: as <see cref="Data"/>, plus <c>:</c> and <c>,</c> which separate properties.</summary>
    public static string Property(string value) =>
        new StringBuilder(Data(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();

    private static string Cell(string text) =>
        VisibleText.Escape(text).Replace("\\", "\\\\").Replace("|", "\\|").Replace("`", "'");
}
