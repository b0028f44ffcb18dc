using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>A money amount, share count or percentage, with its role and qualifiers ("up to", "initially", "approximately").</summary>
public sealed record Amount(decimal Value, AmountUnit Unit, AmountRole Role, string Text, IReadOnlyList<string> Qualifiers, SourceSpan Span) : IFact;
