using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A capitalized word written once or twice that is a typing slip of a word the filing writes many times, in the same
/// company: “Placement Agenct Agreement” beside “Placement Agency Agreement”. <see cref="Expected"/> is the usual
/// spelling, <see cref="ExpectedCount"/> how often the filing writes it. A set phrase of securities drafting slipped
/// into other words (“black trades”, “shares of restricted under”) is one too.
/// </summary>
public sealed record Misspelling(string Text, string Expected, int ExpectedCount, SourceSpan Span) : IFact
{
    /// <summary>A word of the set phrase is missing (“shares of restricted under” for “shares of restricted stock under”), not mistyped.</summary>
    public bool DroppedWord { get; init; }
}
