using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>A party and the short name it is defined as: "Oppenheimer &amp; Co. Inc." as "Oppenheimer".</summary>
public sealed record Party(string Name, string? ShortName, SourceSpan Span) : IFact;
