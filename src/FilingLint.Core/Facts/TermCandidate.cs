using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A capitalized phrase used like a defined term ("the Shares", "the Offering"): ends in a word such as
/// Agreement, Supplement, Shares, Offering, Plan or Notes and follows "the", "this" or "such".
/// </summary>
public sealed record TermCandidate(string Text, bool IsDefined, bool IsProperName, bool IsAgreement, bool IsFirstOccurrence, SourceSpan Span) : IFact;
