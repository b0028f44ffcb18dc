namespace FilingLint.Findings;

/// <summary>Rule ids FilingLint itself reports, beside those of the rule files.</summary>
public static class WellKnownRules
{
    /// <summary>A rule threw or timed out while checking a file.</summary>
    public const string RuleError = "rule.error";

    /// <summary>A file could not be read (missing, binary, corrupt, too large).</summary>
    public const string InputUnreadable = "input.unreadable";

    /// <summary>A <c>filinglint-disable</c> comment in a filing that gives no reason (info): the audit trail needs one.</summary>
    public const string SuppressionMissingReason = "suppression.missing-reason";

    /// <summary>A <c>filinglint-</c> comment that names no rule or is not a known directive (warning): it silences nothing.</summary>
    public const string SuppressionInvalid = "suppression.invalid";
}
