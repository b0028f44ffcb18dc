using System.CommandLine;
using FilingLint.Findings;

namespace FilingLint.Cli.Commands;

/// <summary><c>filinglint rules list</c>: every loaded rule with its severity, description and source.</summary>
internal static class RulesListCommand
{
    public static Command Create()
    {
        var rules = new Option<string[]>("--rules") { Description = "A rules file or folder, in addition to the built-in rules. Repeatable." };
        var noBuiltIn = new Option<bool>("--no-builtin-rules") { Description = "Do not load the built-in rules." };
        var command = new Command("list", "List the rules: id, severity, description and source.") { rules, noBuiltIn };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var set = RuleLoading.TryLoad(parse.GetValue(rules) ?? [], !parse.GetValue(noBuiltIn), parse.InvocationConfiguration.Error);
            if (set is null) return ExitCodes.Error;
            var definitions = set.Definitions.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            int width = definitions.Count == 0 ? 0 : definitions.Max(d => d.Id.Length);
            foreach (var d in definitions)
            {
                stdout.WriteLine($"{d.Id.PadRight(width)}  {d.Severity.ToName(),-7}  {d.Description}");
                if (d.Source is not null) stdout.WriteLine($"{new string(' ', width)}  {"",-7}  source: {d.Source}");
                if (Measured(d) is { } measured) stdout.WriteLine($"{new string(' ', width)}  {"",-7}  measured: {measured}");
            }
            stdout.WriteLine($"{definitions.Count} rule(s) from {string.Join(", ", set.Sources)}");
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>A built-in rule's precision and recall on the labelled corpora (rules/accuracy.tsv), or null for other rules.</summary>
    internal static string? Measured(Rules.RuleDefinition rule)
    {
        if (!rule.File.StartsWith("builtin:", StringComparison.Ordinal)) return null;
        return Accuracy.RuleAccuracy.BuiltIn().TryGetValue(rule.Id, out var figures)
            ? figures.Summary() + " on the labelled corpora"
            : "no findings on the labelled corpora";
    }
}
