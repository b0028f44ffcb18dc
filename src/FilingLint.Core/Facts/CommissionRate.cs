using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// The agent's or underwriter's commission as a percentage of the sales price: "a commission rate of up to 3.0% of the
/// gross sales price". Only sentences that state one rate are read, so tiered schedules are not compared.
/// </summary>
public sealed record CommissionRate(decimal Percent, bool UpTo, string Text, SourceSpan Span) : IFact;
