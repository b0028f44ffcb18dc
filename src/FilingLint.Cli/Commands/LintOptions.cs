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
    /// <summary><c>--output FORMAT=FILE</c> values, as given.</summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];
    public string? BaselinePath { get; init; }
    public string? WriteBaselinePath { get; init; }
    public int? MaxWarnings { get; init; }
    public IReadOnlyList<string> Excludes { get; init; } = [];
    public string? ChangedSince { get; init; }

    /// <summary><c>--sarif-root</c>: SARIF artifact URIs are relative to this folder; null for the default (<see cref="SarifRoot"/>).</summary>
    public string? SarifRoot { get; init; }

    /// <summary><c>--config</c>: one configuration file for every filing, instead of the nearest <c>.filinglint.yml</c>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>False with <c>--no-config</c>.</summary>
    public bool UseConfig { get; init; } = true;

    /// <summary><c>--exhibits</c>: lint an EDGAR submission's exhibit documents too (also <c>exhibits: true</c> in <c>.filinglint.yml</c>).</summary>
    public bool Exhibits { get; init; }

    /// <summary><c>--deal</c>: the filings are one deal, checked together by the deal rules.</summary>
    public bool Deal { get; init; }

    /// <summary><c>--max-file-size</c>: files above this many bytes are reported unreadable, unread.</summary>
    public long MaxFileBytes { get; init; } = FilingLint.Documents.DocumentLoader.DefaultMaxBytes;
}
