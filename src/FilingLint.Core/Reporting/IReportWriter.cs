namespace FilingLint.Reporting;

/// <summary>One writer per output format; pure: renders a run to a text writer.</summary>
public interface IReportWriter
{
    string Format { get; }
    void Write(LintRun run, TextWriter output);
}
