using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A capitalized name of an agreement used in the text ("the Sales Agreement"). <see cref="IsDefinedTerm"/>
/// tells whether it is one of the filing's defined terms (or their antecedents); <see cref="SuggestedTerm"/>
/// is the defined agreement term it most likely means.
/// </summary>
public sealed record AgreementMention(string Name, bool IsDefinedTerm, string? SuggestedTerm, SourceSpan Span) : IFact;
