namespace FilingLint.Engine;

/// <summary>How one rule went on one file: the result tree behind <c>--explain</c>.</summary>
public sealed record RuleResult(string RuleId, RuleStatus Status, string? Reason, TimeSpan Duration, int Findings);
