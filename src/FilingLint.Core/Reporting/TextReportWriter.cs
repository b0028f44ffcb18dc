using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// <c>path:line:col: severity rule-id: message</c>, one finding per line (a suggestion follows on an indented
/// line), then a summary line. File names and filing text are shown with <see cref="VisibleText"/>: one finding is one
/// line, and nothing in it acts on the terminal. With <paramref name="color"/>, the severity and rule id are coloured with ANSI
/// escapes; the CLI asks for that only on a terminal without <c>NO_COLOR</c>.
/// </summary>
public sealed class TextReportWriter(bool color = false) : IReportWriter
{
    private const string Reset = "\u001b[0m";

    public string Format => "text";

    public void Write(LintRun run, TextWriter output)
    {
        foreach (var f in run.AllFindings)
        {
            string severity = f.Severity.ToName();
            string path = VisibleText.Escape(f.Path), rule = VisibleText.Escape(f.RuleId), message = VisibleText.Escape(f.Message);
            if (color) output.WriteLine($"{Paint("1", $"{path}:{f.Location.Line}:{f.Location.Column}:")} {Paint(Color(f.Severity), severity)} {Paint("2", rule + ":")} {message}");
            else output.WriteLine($"{path}:{f.Location.Line}:{f.Location.Column}: {severity} {rule}: {message}");
            if (!string.IsNullOrEmpty(f.Suggestion)) output.WriteLine($"    {(color ? Paint("32", "suggestion:") : "suggestion:")} {VisibleText.Escape(f.Suggestion)}");
            foreach (var r in f.Related)
                output.WriteLine($"    {(color ? Paint("36", "see also:") : "see also:")} {VisibleText.Escape(r.Path)}:{r.Location.Line}:{r.Location.Column}: {VisibleText.Escape(r.Excerpt)}");
        }
        output.WriteLine(Summary(run));
    }

    /// <summary>True when ANSI colours suit this console: output not redirected and <c>NO_COLOR</c> unset or empty (no-color.org).</summary>
    public static bool ColorWanted() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static string Color(Severity severity) => severity switch
    {
        Severity.Error => "1;31",
        Severity.Warning => "1;33",
        _ => "1;36",
    };

    private static string Paint(string code, string text) => $"\u001b[{code}m{text}{Reset}";

    public static string Summary(LintRun run) =>
        $"{Plural(run.Errors, "error")}, {Plural(run.Warnings, "warning")}, {Plural(run.Infos, "info")} in {Plural(run.Files.Count, "file")}";

    private static string Plural(int n, string word) => n == 1 || word == "info" ? $"{n} {word}" : $"{n} {word}s";
}
