using FilingLint.Facts;
using FilingLint.Rules;

namespace FilingLint.Expressions;

/// <summary>A rule ready to run: its definition, message templates and compiled delegates.</summary>
internal sealed class CompiledRule
{
    public required RuleDefinition Definition { get; init; }
    public required MessageTemplate Message { get; init; }
    public MessageTemplate? Suggestion { get; init; }

    /// <summary>For <c>assert</c> rules: runs the whole rule (for, when, assert, at, message holes) on a filing, or on a deal for a deal rule.</summary>
    public Action<object, RuleEvaluation>? Evaluate { get; set; }

    /// <summary>For declarative rules with a <c>when</c>: whether the rule applies to the filing at all.</summary>
    public Func<Filing, bool>? Applies { get; set; }

    /// <summary>For declarative rules: the message and suggestion hole values, given the matched text.</summary>
    public Func<Filing, string, object?[][]>? Holes { get; set; }
}
