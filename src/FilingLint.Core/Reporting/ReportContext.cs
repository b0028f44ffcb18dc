using FilingLint.Engine;

namespace FilingLint.Reporting;

/// <summary>What writers may need beside the run itself; each writer takes only its part.</summary>
/// <param name="Rules">The rules of the run (SARIF rule descriptors, HTML rule list).</param>
/// <param name="TemplatePath">A Scriban (or Liquid) template for the HTML report instead of the built-in one.</param>
/// <param name="BaseDirectory">Machine formats (SARIF, GitHub) give paths relative to this folder.</param>
/// <param name="HelpUri">Where the built-in rules are documented (SARIF <c>helpUri</c>).</param>
/// <param name="Suppressed">Findings accepted by a baseline or suppressed in the filing (SARIF <c>suppressions</c>).</param>
/// <param name="Color">ANSI colours in the text format.</param>
public sealed record ReportContext(
    RuleSet? Rules = null,
    string? TemplatePath = null,
    string? BaseDirectory = null,
    string? HelpUri = null,
    IReadOnlyList<ReportedSuppression>? Suppressed = null,
    bool Color = false);
