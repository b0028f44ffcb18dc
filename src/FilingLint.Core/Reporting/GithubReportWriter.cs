using System.Text;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per finding (<c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message</c>;
/// warnings as <c>::warning</c>, info as <c>::notice</c>), so findings show as annotations on the changed lines.
/// <see cref="WriteSummary"/> renders the Markdown job summary for <c>GITHUB_STEP_SUMMARY</c>.
/// </summary>
/// <param name="baseDirectory">File paths are given relative to this folder (the workspace); default: the current folder.</param>
public sealed class GithubReportWriter(string? baseDirectory = null) : IReportWriter
{
    public string Format => "github";

    public void Write(LintRun run, TextWriter output)
    {
        string root = baseDirectory ?? Directory.GetCurrentDirectory();
        foreach (var f in run.AllFindings)
        {
            string command = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            string message = f.Suggestion is { Length: > 0 } s ? $"{f.Message}\nsuggestion: {s}" : f.Message;
            output.Write($"::{command} file={Property(ReportPaths.Relative(f.Path, root))},line={f.Location.Line},col={f.Location.Column},");
            output.Write($"endLine={f.Location.EndLine},endColumn={f.Location.EndColumn},title={Property(f.RuleId)}::{Data(message)}\n");
        }
    }

    /// <summary>The job summary: totals, then a table of findings (Markdown, with table syntax in filing text escaped).</summary>
    public void WriteSummary(LintRun run, TextWriter output)
    {
        string root = baseDirectory ?? Directory.GetCurrentDirectory();
        output.Write("## FilingLint\n\n");
        output.Write($"{TextReportWriter.Summary(run)}\n\n");
        if (!run.AllFindings.Any()) return;
        output.Write("| severity | rule | location | message |\n|---|---|---|---|\n");
        foreach (var f in run.AllFindings)
        {
            output.Write($"| {f.Severity.ToName()} | `{f.RuleId}` | `{Cell(ReportPaths.Relative(f.Path, root))}:{f.Location.Line}:{f.Location.Column}` | {Cell(f.Message)}");
            if (!string.IsNullOrEmpty(f.Suggestion)) output.Write($" Suggestion: {Cell(f.Suggestion)}");
            output.Write(" |\n");
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
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("`", "'").Replace("\r", " ").Replace("\n", " ");
}
