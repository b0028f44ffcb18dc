using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>An offering under an agreement: its cap and what has been sold, each with the span it was read from.</summary>
public sealed record Offering(
    string? AgreementName,
    decimal? Cap,
    SourceSpan CapSpan,
    decimal? SoldGrossProceeds,
    SourceSpan SoldGrossProceedsSpan,
    decimal? SharesSold,
    decimal? Remaining,
    SourceSpan RemainingSpan,
    SourceSpan Span) : IFact;
