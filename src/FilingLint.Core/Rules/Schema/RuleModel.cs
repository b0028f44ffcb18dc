using System.ComponentModel;
using System.Text.Json.Serialization;
using FilingLint.Facts;
using FilingLint.Findings;

namespace FilingLint.Rules.Schema;

/// <summary>One rule as written in YAML; the fields of <see cref="RuleLoader.RuleKeys"/>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[ExactlyOneOf("require", "forbid", "assert")]
[NotWhen("scope", "deal", "require", "forbid", "applies-to")]
internal sealed class RuleModel
{
    [JsonRequired, Pattern("^[a-z0-9]+(?:[.-][a-z0-9]+)*$"), Description("Lower-case words joined by '.' or '-', unique across all loaded rules, e.g. legend.sec-no-approval.")]
    public string Id { get; set; } = "";

    [JsonRequired, Description("How serious a finding is: error, warning or info.")]
    public Severity Severity { get; set; }

    [Pattern(PatternAttribute.NotBlank), JsonRequired, Description("One line: what the rule checks.")]
    public string Description { get; set; } = "";

    [Pattern(PatternAttribute.NotBlank), Description("The regulation or practice the rule comes from, e.g. Regulation S-K Item 501(b)(7).")]
    public string? Source { get; set; }

    [JsonPropertyName("help-uri"), Pattern("^https?://"), Description("An absolute http(s) address documenting the rule: code scanning links each finding to it (SARIF helpUri).")]
    public Uri? HelpUri { get; set; }

    [Description("What the rule's expressions see: document (each filing alone, the default) or deal (the documents linted together with lint --deal; the root is the deal's fact model).")]
    public RuleScope? Scope { get; set; }

    [Pattern(PatternAttribute.NotBlank), JsonRequired, Description("The finding's text. {expression} and {expression:format} holes show fact values; {match} is the matched text of require/forbid.")]
    public string Message { get; set; } = "";

    [Pattern(PatternAttribute.NotBlank), Description("The fix, with holes like message.")]
    public string? Suggestion { get; set; }

    [JsonPropertyName("applies-to"), OneOrMany, Description("Document kinds the rule applies to; all when absent.")]
    public List<DocumentKind>? AppliesTo { get; set; }

    [Description("Declarative check: every pattern and text must occur in the scope.")]
    public TextCheckModel? Require { get; set; }

    [Description("Declarative check: every occurrence of a pattern or text is a finding.")]
    public TextCheckModel? Forbid { get; set; }

    [Pattern(PatternAttribute.NotBlank), OnlyWith("assert"), Description("With assert: a collection of the fact model to check item by item; the item is 'it'.")]
    public string? For { get; set; }

    [Pattern(PatternAttribute.NotBlank), Condition, Description("With assert: a C# condition; items (or the filing) for which it is false are skipped. With require or forbid: a condition over the filing; the text is not checked when it is false.")]
    public string? When { get; set; }

    [Pattern(PatternAttribute.NotBlank), Condition, Description("Expression check: a C# boolean expression over the fact model that must hold.")]
    public string? Assert { get; set; }

    [Pattern(PatternAttribute.NotBlank), OnlyWith("assert"), Description("With assert: the span to report a failure at, e.g. it.Span or it.Date.")]
    public string? At { get; set; }

    [Pattern(PatternAttribute.NotBlank), OnlyWith("assert"), Description("With assert: a second place the finding points at (for a deal rule, the other document's statement), e.g. it.ExpectedAt.")]
    public string? Related { get; set; }
}
