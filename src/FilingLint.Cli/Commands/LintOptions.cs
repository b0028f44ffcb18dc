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
    bool Explain = false)
{
    /// <summary><c>--config</c>: one configuration file for every filing, instead of the nearest <c>.filinglint.yml</c>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>False with <c>--no-config</c>.</summary>
    public bool UseConfig { get; init; } = true;
}
