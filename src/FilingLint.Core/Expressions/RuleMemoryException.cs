namespace FilingLint.Expressions;

/// <summary>A rule allocated more than its memory limit on a file; reported as that rule's <c>rule.error</c>.</summary>
public sealed class RuleMemoryException() : Exception("the rule allocated past its memory limit");
