namespace FilingLint.Engine;

public enum RuleStatus
{
    Passed,
    Failed,
    Skipped,
    Errored,
}
