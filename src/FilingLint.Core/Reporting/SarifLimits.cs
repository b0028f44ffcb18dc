namespace FilingLint.Reporting;

/// <summary>
/// What one SARIF upload may hold. GitHub code scanning rejects a run of more than 25,000 results and a file of more
/// than 10 MB gzipped (docs: "SARIF results exceed limits", "SARIF file is too large").
/// </summary>
/// <param name="ResultsPerRun">Results in the one run FilingLint writes.</param>
/// <param name="GzippedBytes">The whole file, gzipped.</param>
public sealed record SarifLimits(int ResultsPerRun, long GzippedBytes)
{
    /// <summary>GitHub's limits; 10 MB read as 10,000,000 bytes, the stricter reading.</summary>
    public static SarifLimits GitHub { get; } = new(25_000, 10_000_000);
}
