namespace FilingLint.Facts;

/// <summary>
/// The commission one document of a deal states for its agreement with an agent (a document that names one such
/// agreement: the 8-K, the supplement, the agreement itself), and the rate most of the deal's other documents state
/// for the same agreement (same defined term or title, same counterparty).
/// </summary>
public sealed record DealCommission(int Document, string Term, string Counterparty, decimal Percent, string Text, DealSpan At) : IDealFact
{
    public decimal? ExpectedPercent { get; init; }
    public string? ExpectedText { get; init; }
    public DealSpan? ExpectedAt { get; init; }
}
