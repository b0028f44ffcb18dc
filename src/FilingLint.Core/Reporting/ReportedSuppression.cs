using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// A finding that was found but not reported as a problem: accepted in a baseline (<see cref="Kind"/>
/// <c>external</c>) or suppressed in the filing itself (<c>inSource</c>). SARIF lists these with <c>suppressions</c>.
/// </summary>
public sealed record ReportedSuppression(Finding Finding, string Fingerprint, string Kind, string? Justification);
