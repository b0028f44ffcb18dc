using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// <c>path:line:col: severity rule-id: message</c>, one finding per line (a suggestion follows on an indented
/// line), then a summary line.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public void Write(LintRun run, TextWriter output)
    {
        foreach (var f in run.AllFindings)
        {
            output.WriteLine($"{f.Path}:{f.Location.Line}:{f.Location.Column}: {f.Severity.ToName()} {f.RuleId}: {f.Message}");
            if (!string.IsNullOrEmpty(f.Suggestion)) output.WriteLine($"    suggestion: {f.Suggestion}");
        }
        output.WriteLine(Summary(run));
    }

    public static string Summary(LintRun run) =>
        $"{Plural(run.Errors, "error")}, {Plural(run.Warnings, "warning")}, {Plural(run.Infos, "info")} in {Plural(run.Files.Count, "file")}";

    private static string Plural(int n, string word) => n == 1 || word == "info" ? $"{n} {word}" : $"{n} {word}s";
}
