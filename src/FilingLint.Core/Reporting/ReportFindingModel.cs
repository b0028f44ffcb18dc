using FilingLint.Findings;
using FilingLint.Rules;

namespace FilingLint.Reporting;

/// <summary>One finding as the HTML template sees it (docs/report.md, <c>files[].findings[]</c>).</summary>
internal static class ReportFindingModel
{
    public static Dictionary<string, object?> Build(Finding f, string id, Dictionary<string, RuleDefinition> definitions, bool highlighted,
        IReadOnlyDictionary<string, string>? fileAnchors = null)
    {
        definitions.TryGetValue(f.RuleId, out var rule);
        return new Dictionary<string, object?>
        {
            ["id"] = id,
            ["anchor"] = AnchorOf(id),
            ["messageId"] = id + "-msg",
            ["highlighted"] = highlighted,
            ["ruleId"] = f.RuleId,
            ["severity"] = f.Severity.ToName(),
            ["message"] = f.Message,
            ["line"] = f.Location.Line,
            ["column"] = f.Location.Column,
            ["endLine"] = f.Location.EndLine,
            ["endColumn"] = f.Location.EndColumn,
            ["excerpt"] = f.Excerpt,
            ["suggestion"] = f.Suggestion,
            ["description"] = rule?.Description ?? BuiltInDescription(f.RuleId),
            ["source"] = rule?.Source,
            ["related"] = f.Related.Select(r => new Dictionary<string, object?>
            {
                ["path"] = r.Path,
                ["line"] = r.Location.Line,
                ["column"] = r.Location.Column,
                ["excerpt"] = r.Excerpt,
                ["fileAnchor"] = fileAnchors is not null && fileAnchors.TryGetValue(r.Path, out var anchor) ? anchor : null,
            }).ToList(),
        };
    }

    /// <summary>The id of the highlight a finding's list entry links to.</summary>
    public static string AnchorOf(string findingId) => "hl-" + findingId;

    /// <summary>FilingLint's own findings have no rule file; their description comes from here.</summary>
    public static string? BuiltInDescription(string ruleId) => ruleId switch
    {
        WellKnownRules.RuleError => "A rule failed on this file (it threw or timed out); the other rules still ran.",
        WellKnownRules.InputUnreadable => "The file could not be read.",
        _ => null,
    };
}
