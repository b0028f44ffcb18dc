using System.Text.RegularExpressions;
using FilingLint.Documents;
using FilingLint.Findings;

namespace FilingLint.Engine;

/// <summary>
/// Suppression comments inside a filing:
/// <c>&lt;!-- filinglint-disable RULE_ID[,RULE_ID] reason --&gt;</c> up to <c>&lt;!-- filinglint-enable RULE_ID --&gt;</c>
/// (or the end of the file), and <c>&lt;!-- filinglint-disable-next-line RULE_ID reason --&gt;</c> for the line it
/// stands above (or beside). A rule id of <c>*</c> means every rule. Read from <see cref="Document.Comments"/>, so
/// they work in every format whose reader records comments.
/// </summary>
internal static partial class Suppressions
{
    [GeneratedRegex(@"^filinglint-(?<verb>[a-z-]+)(?:\s+(?<ids>[^\s,]+(?:\s*,\s*[^\s,]+)*))?(?:\s+(?:--\s*|:\s*)?(?<reason>.*))?$", RegexOptions.Singleline)]
    private static partial Regex Directive();

    private sealed record Range(IReadOnlySet<string> Ids, int FirstLine, int LastLine, string? Reason, Location At);

    /// <summary>Splits the findings into those kept and those suppressed; adds findings about the suppression comments themselves.</summary>
    public static (List<Finding> Kept, List<SuppressedFinding> Suppressed) Apply(Document document, List<Finding> findings)
    {
        var ranges = new List<Range>();
        var problems = new List<Finding>();
        var open = new Dictionary<string, (int Line, string? Reason, Location At)>(StringComparer.Ordinal);
        foreach (var comment in document.Comments)
        {
            if (!comment.Text.StartsWith("filinglint-", StringComparison.Ordinal)) continue;
            var at = Location.FromZeroBased(comment.Start, comment.End);
            var m = Directive().Match(comment.Text);
            string verb = m.Success ? m.Groups["verb"].Value : "";
            var ids = m.Success ? m.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            string? reason = m.Success && m.Groups["reason"].Value.Trim() is { Length: > 0 } r ? r : null;
            if (verb is not ("disable" or "enable" or "disable-next-line") || ids.Length == 0)
            {
                problems.Add(Problem(document, WellKnownRules.SuppressionInvalid, Severity.Warning, at, comment.Text,
                    $"“{comment.Text}” suppresses nothing: write filinglint-disable, filinglint-enable or filinglint-disable-next-line, then the rule id and the reason."));
                continue;
            }
            if (verb != "enable" && reason is null)
            {
                problems.Add(Problem(document, WellKnownRules.SuppressionMissingReason, Severity.Info, at, comment.Text,
                    $"The suppression of {string.Join(", ", ids)} gives no reason; say why, for the reviewers and the audit trail."));
            }
            int line = comment.Start.Line + 1;
            switch (verb)
            {
                case "disable-next-line":
                    int target = document.TargetLine(comment) + 1;
                    ranges.Add(new Range(ids.ToHashSet(StringComparer.Ordinal), target, target, reason, at));
                    break;
                case "disable":
                    foreach (var id in ids) open.TryAdd(id, (line, reason, at));
                    break;
                case "enable":
                    foreach (var id in ids)
                    {
                        if (open.Remove(id, out var started))
                            ranges.Add(new Range(new HashSet<string> { id }, started.Line, comment.End.Line + 1, started.Reason, started.At));
                    }
                    break;
            }
        }
        foreach (var (id, started) in open)
            ranges.Add(new Range(new HashSet<string> { id }, started.Line, int.MaxValue, started.Reason, started.At));

        var kept = new List<Finding>();
        var suppressed = new List<SuppressedFinding>();
        foreach (var finding in findings)
        {
            var range = finding.RuleId is WellKnownRules.RuleError or WellKnownRules.InputUnreadable ? null
                : ranges.FirstOrDefault(r => (r.Ids.Contains(finding.RuleId) || r.Ids.Contains("*"))
                    && finding.Location.Line >= r.FirstLine && finding.Location.Line <= r.LastLine);
            if (range is null) kept.Add(finding);
            else suppressed.Add(new SuppressedFinding(finding, range.Reason, range.At));
        }
        kept.AddRange(problems);
        kept.Sort(Finding.Compare);
        return (kept, suppressed);
    }

    private static Finding Problem(Document document, string id, Severity severity, Location at, string text, string message) =>
        new(id, severity, message, document.Path, at, "<!-- " + text + " -->", null);
}
