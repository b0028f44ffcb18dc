using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A place where a party's name is written again, e.g. "B Riley Securities" for the defined "B. Riley Securities, Inc.".
/// <see cref="Expected"/> is the name (or short name) as defined, without its corporate ending; <see cref="IsConsistent"/> is false when the spelling differs from the defined name beyond case and spacing.
/// </summary>
public sealed record PartyMention(string Text, string Expected, string Name, string? ShortName, bool IsAgent, bool IsConsistent, SourceSpan Span) : IFact;
