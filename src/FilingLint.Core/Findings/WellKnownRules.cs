namespace FilingLint.Findings;

/// <summary>Rule ids FilingLint itself reports, beside those of the rule files.</summary>
public static class WellKnownRules
{
    /// <summary>A rule threw or timed out while checking a file.</summary>
    public const string RuleError = "rule.error";

    /// <summary>A file could not be read (missing, binary, corrupt, too large).</summary>
    public const string InputUnreadable = "input.unreadable";
}
