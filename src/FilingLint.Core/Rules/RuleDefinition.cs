using FilingLint.Facts;
using FilingLint.Findings;

namespace FilingLint.Rules;

/// <summary>A rule as written in YAML, with the position of every field, before it is compiled.</summary>
public sealed record RuleDefinition
{
    public required string File { get; init; }
    public required int Line { get; init; }
    public required int Column { get; init; }
    public required string Id { get; init; }
    public Severity Severity { get; init; } = Severity.Warning;
    public string Description { get; init; } = "";
    public string? Source { get; init; }

    /// <summary>The <c>help-uri</c> field: where the rule is documented, for SARIF's <c>helpUri</c>.</summary>
    public string? HelpUri { get; init; }
    public required RuleScalar Message { get; init; }
    public RuleScalar? Suggestion { get; init; }
    public IReadOnlyList<DocumentKind> AppliesTo { get; init; } = [];
    public TextCheckOptions? Require { get; init; }
    public TextCheckOptions? Forbid { get; init; }
    public RuleScalar? For { get; init; }
    public RuleScalar? When { get; init; }
    public RuleScalar? Assert { get; init; }
    public RuleScalar? At { get; init; }

    /// <summary>The <c>related</c> field: a second place the finding points at (the other document of a deal finding).</summary>
    public RuleScalar? Related { get; init; }

    /// <summary>The <c>scope</c> field: each filing alone (the default), or the documents of a deal together.</summary>
    public RuleScope Scope { get; init; } = RuleScope.Document;

    /// <summary>The rule set it came from: the built-in set's name or the file name without extension.</summary>
    public string RuleSet { get; init; } = "";

    /// <summary>The rule's own YAML text, for <c>rules explain</c>.</summary>
    public string Yaml { get; init; } = "";
}
