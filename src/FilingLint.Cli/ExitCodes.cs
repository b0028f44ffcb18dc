namespace FilingLint.Cli;

/// <summary>The exit codes: a public contract, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>No finding at or above <c>--fail-on</c>.</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>A usage, configuration, rule or unreadable-input error (reported after every other file).</summary>
    public const int Error = 2;
}
