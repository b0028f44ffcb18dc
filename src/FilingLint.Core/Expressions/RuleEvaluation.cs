using FilingLint.Documents;
using FilingLint.Facts;

namespace FilingLint.Expressions;

/// <summary>
/// What a rule's evaluation reports into while it runs over one filing or one deal: passes, skips and failures. A
/// failure's place is a <see cref="SourceSpan"/> for a document rule, a <see cref="DealSpan"/> for a deal rule; null
/// when the rule gives none (the finding is about the document as a whole).
/// </summary>
internal sealed class RuleEvaluation
{
    internal List<(object? At, object? Related, object?[] MessageArgs, object?[] SuggestionArgs)> Failures { get; } = new();
    internal int Passed { get; private set; }
    internal int Skipped { get; private set; }

    public void Pass() => Passed++;
    public void Skip() => Skipped++;

    public void Fail(object? at, object? related, object?[] messageArgs, object?[] suggestionArgs) =>
        Failures.Add((at, related, messageArgs, suggestionArgs));

    /// <summary>A fact's own span, or a span given directly; null for anything else.</summary>
    public static SourceSpan? SpanOf(object? value) => value switch
    {
        SourceSpan s => s,
        IFact f => f.Span,
        _ => null,
    };

    /// <summary>A deal fact's place, or a place given directly; null for anything else.</summary>
    public static DealSpan? DealSpanOf(object? value) => value switch
    {
        DealSpan s => s,
        IDealFact f => f.At,
        _ => null,
    };
}
