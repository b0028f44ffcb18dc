using FilingLint.Documents;
using FilingLint.Facts;

namespace FilingLint.Expressions;

/// <summary>What a rule's evaluation reports into while it runs over one filing: passes, skips and failures.</summary>
internal sealed class RuleEvaluation
{
    internal List<(SourceSpan? At, object?[] MessageArgs, object?[] SuggestionArgs)> Failures { get; } = new();
    internal int Passed { get; private set; }
    internal int Skipped { get; private set; }

    public void Pass() => Passed++;
    public void Skip() => Skipped++;

    public void Fail(SourceSpan? at, object?[] messageArgs, object?[] suggestionArgs) =>
        Failures.Add((at, messageArgs, suggestionArgs));

    /// <summary>A fact's own span, or a span given directly; null for anything else.</summary>
    public static SourceSpan? SpanOf(object? value) => value switch
    {
        SourceSpan s => s,
        IFact f => f.Span,
        _ => null,
    };
}
