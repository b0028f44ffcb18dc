using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A capitalized word written once or twice that is a typing slip of a word the filing writes many times, in the same
/// company: “Placement Agenct Agreement” beside “Placement Agency Agreement”. <see cref="Expected"/> is the usual
/// spelling, <see cref="ExpectedCount"/> how often the filing writes it.
/// </summary>
public sealed record Misspelling(string Text, string Expected, int ExpectedCount, SourceSpan Span) : IFact;
