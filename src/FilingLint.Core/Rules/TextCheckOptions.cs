namespace FilingLint.Rules;

/// <summary>Options of a declarative <c>require</c> or <c>forbid</c> check.</summary>
public sealed record TextCheckOptions(
    IReadOnlyList<RuleScalar> Patterns,
    IReadOnlyList<RuleScalar> Text,
    string Scope,
    bool IgnoreCase,
    int Line,
    int Column);
