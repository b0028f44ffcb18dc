using FilingLint.Findings;

namespace FilingLint.Cli.Commands;

/// <summary>The lint command's options, parsed once into an immutable record.</summary>
internal sealed record LintOptions(
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> RulePaths,
    bool BuiltInRules,
    string Format,
    string? HtmlPath,
    string? TemplatePath,
    Severity? FailOn,
    string? FormType,
    bool Explain = false);
