using System.Text;
using FilingLint.Findings;

namespace FilingLint.Rules;

/// <summary>
/// The documentation page of a built-in rule, docs/rules/ID.md, written from its rule file: SARIF's <c>helpUri</c>
/// points at it. A test keeps the committed pages equal to this output (FILINGLINT_UPDATE_DOCS=1 rewrites them).
/// </summary>
public static class RuleDocs
{
    /// <summary>Where the pages live, relative to the repository root.</summary>
    public const string Folder = "docs/rules";

    public static string Markdown(RuleDefinition rule)
    {
        // Built-in rules are read from resources named builtin:SET/FILE.yaml; the page links the file in rules/.
        string file = rule.File.StartsWith("builtin:", StringComparison.Ordinal) ? "rules/" + rule.File["builtin:".Length..] : rule.File;
        var md = new StringBuilder();
        md.Append($"<!-- Generated from {file} by RuleDocs: edit the rule file, then run the tests with FILINGLINT_UPDATE_DOCS=1. -->\n");
        md.Append($"# `{rule.Id}`\n\n");
        md.Append($"{rule.Description}\n\n");
        md.Append("| | |\n|---|---|\n");
        md.Append($"| severity | {rule.Severity.ToName()} |\n");
        string kinds = rule.AppliesTo.Count == 0
            ? "every document"
            : string.Join(", ", rule.AppliesTo.Select(k => RuleLoader.KindNames.First(n => n.Value == k).Key));
        md.Append($"| applies to | {kinds} |\n");
        if (rule.Source is { Length: > 0 } source) md.Append($"| source | {Cell(source)} |\n");
        md.Append($"| check | {Check(rule)} |\n");
        md.Append($"| defined in | [{file}](../../{file}#L{rule.Line}) |\n\n");
        md.Append("## Finding\n\n");
        md.Append("The message (its `{…}` holes show the filing's facts):\n\n```text\n").Append(rule.Message.Value.Trim()).Append("\n```\n\n");
        if (rule.Suggestion is { } suggestion)
            md.Append("The suggested fix:\n\n```text\n").Append(suggestion.Value.Trim()).Append("\n```\n\n");
        md.Append("## Definition\n\n```yaml\n").Append(rule.Yaml.TrimEnd()).Append("\n```\n\n");
        md.Append($"Its fixtures (filings it must and must not report) are in `{Path.GetDirectoryName(file)!.Replace('\\', '/')}/fixtures/{rule.Id}/`; ");
        md.Append($"`filinglint rules explain {rule.Id}` shows an example finding from them.\n");
        return md.ToString();
    }

    /// <summary>The page's path, relative to the repository root.</summary>
    public static string PathOf(string ruleId) => $"{Folder}/{ruleId}.md";

    private static string Check(RuleDefinition rule) =>
        rule.Require is not null ? "`require`: every pattern must occur"
        : rule.Forbid is not null ? "`forbid`: every occurrence is a finding"
        : rule.For is not null ? $"`assert` for each of `{rule.For.Value}`"
        : "`assert` over the filing";

    /// <summary>Folded YAML text on one line, with the characters Markdown tables and emphasis would take.</summary>
    private static string Cell(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()))
            .Replace("|", "\\|").Replace("*", "\\*").Replace("_", "\\_");
}
