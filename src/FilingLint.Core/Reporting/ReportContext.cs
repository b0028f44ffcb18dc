using FilingLint.Engine;

namespace FilingLint.Reporting;

/// <summary>What writers may need beside the run itself; each writer takes only its part.</summary>
/// <param name="Rules">The rules of the run (SARIF rule descriptors, HTML rule list).</param>
/// <param name="TemplatePath">A Scriban (or Liquid) template for the HTML report instead of the built-in one.</param>
/// <param name="BaseDirectory">GitHub annotations give paths relative to this folder.</param>
/// <param name="SarifRoot">SARIF artifact URIs are relative to this folder (<c>--sarif-root</c>).</param>
/// <param name="Suppressed">Findings accepted by a baseline or suppressed in the filing (SARIF <c>suppressions</c>).</param>
/// <param name="Color">ANSI colours in the text format.</param>
/// <param name="Warnings">Where a writer says what it had to leave out (standard error).</param>
public sealed record ReportContext(
    RuleSet? Rules = null,
    string? TemplatePath = null,
    string? BaseDirectory = null,
    string? SarifRoot = null,
    IReadOnlyList<ReportedSuppression>? Suppressed = null,
    bool Color = false,
    TextWriter? Warnings = null);
