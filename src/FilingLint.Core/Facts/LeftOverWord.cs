using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// Two words in a row of which one is left over from an edit: two determiners (<c>the our</c>, <c>its their</c>) or two
/// finite verbs (<c>is has</c>, <c>has will</c>).
/// </summary>
public sealed record LeftOverWord(string Text, SourceSpan Span) : IFact;
