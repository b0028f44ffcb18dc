using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>A Securities Act registration number such as 333-248112.</summary>
public sealed record RegistrationNumber(string Number, SourceSpan Span) : IFact;
