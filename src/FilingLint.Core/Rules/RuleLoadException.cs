namespace FilingLint.Rules;

/// <summary>Rules could not be loaded or compiled; every problem found is listed, not only the first.</summary>
public sealed class RuleLoadException(IReadOnlyList<RuleProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<RuleProblem> Problems { get; } = problems;
}
