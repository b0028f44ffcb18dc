using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A par value the filing gives a class of the issuer's stock: “common stock, par value $0.0001 per share”. A class has
/// one par value, so <see cref="Expected"/> is set when the filing gives the class another one elsewhere: the value it
/// gives more often, or, when both are given equally often (<see cref="IsTie"/>: the filing does not say which is
/// right), the one it gives first.
/// </summary>
public sealed record ParValue(string Class, string Text, decimal Value, string? Expected, int ExpectedCount, bool IsTie, SourceSpan Span) : IFact;
