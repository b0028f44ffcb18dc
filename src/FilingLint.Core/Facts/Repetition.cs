using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A word or phrase typed twice in a row, as an edit leaves it: <c>the the</c>, <c>of the shares of the shares</c>.
/// <see cref="Repeated"/> is the words that occur twice.
/// </summary>
public sealed record Repetition(string Text, string Repeated, SourceSpan Span) : IFact;
