using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A company's name written with the same words as the filing's usual writing of it but other punctuation or word
/// order: “Larkspur, Tide Inc.” where the filing writes “Larkspur Tide, Inc.” everywhere else. <see cref="Expected"/> is the
/// usual writing, <see cref="ExpectedCount"/> how often the filing uses it.
/// </summary>
public sealed record CompanyNameVariant(string Text, string Expected, int ExpectedCount, SourceSpan Span) : IFact;
