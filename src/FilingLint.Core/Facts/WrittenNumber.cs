using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A number written in words with its figure beside it, as agreements and filings do: <c>five million ($5,000,000)</c>,
/// <c>thirty (30) days</c>. <see cref="Agrees"/> is false when the two say different things.
/// </summary>
public sealed record WrittenNumber(string Text, string Words, decimal WordsValue, string Figure, decimal FigureValue, SourceSpan Span) : IFact
{
    public bool Agrees => WordsValue == FigureValue;
}
