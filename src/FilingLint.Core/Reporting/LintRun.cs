using FilingLint.Engine;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>The outcome of one run over many files, in the order the files were given: what every writer renders.</summary>
public sealed record LintRun(IReadOnlyList<FileResult> Files, IReadOnlyList<string> RuleSets, DateTimeOffset Started)
{
    public static string ToolVersion { get; } =
        typeof(LintRun).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public int Count(Severity severity) => Files.Sum(f => f.Findings.Count(x => x.Severity == severity));

    public int Errors => Count(Severity.Error);
    public int Warnings => Count(Severity.Warning);
    public int Infos => Count(Severity.Info);

    public IEnumerable<Finding> AllFindings => Files.SelectMany(f => f.Findings);

    /// <summary>With <c>lint --deal</c>: the deal's fact model, for the report's timeline and agreements.</summary>
    public Facts.Deal? Deal { get; init; }
}
