namespace FilingLint.Expressions;

/// <summary>A rule ran past its time limit on a file; reported as that rule's <c>rule.error</c>.</summary>
public sealed class RuleTimeoutException() : Exception("the rule ran past its time limit");
