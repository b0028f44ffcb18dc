using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>A mention of another document or agreement with a date: "the Prospectus dated August 20, 2020".</summary>
public sealed record DocumentReference(string Name, DateFact Date, SourceSpan Span) : IFact;
