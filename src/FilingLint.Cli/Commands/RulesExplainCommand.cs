using System.CommandLine;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Rules;
using FilingLint.RuleTesting;

namespace FilingLint.Cli.Commands;

/// <summary><c>filinglint rules explain ID</c>: a rule's documentation, its YAML and an example finding from its fixtures.</summary>
internal static class RulesExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The rule id, e.g. terms.undefined." };
        var rules = new Option<string[]>("--rules") { Description = "A rules file or folder, in addition to the built-in rules. Repeatable." };
        var noBuiltIn = new Option<bool>("--no-builtin-rules") { Description = "Do not load the built-in rules." };
        var command = new Command("explain", "Show a rule's documentation, YAML and an example finding.") { id, rules, noBuiltIn };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var set = RuleLoading.TryLoad(parse.GetValue(rules) ?? [], !parse.GetValue(noBuiltIn), stderr);
            if (set is null) return ExitCodes.Error;
            string wanted = parse.GetValue(id)!;
            var rule = set.Definitions.FirstOrDefault(d => d.Id == wanted);
            if (rule is null)
            {
                stderr.WriteLine($"error: no rule '{wanted}'" + RuleLoader.DidYouMean(wanted, set.Definitions.Select(d => d.Id)) +
                    " Run 'filinglint rules list' to see them.");
                return ExitCodes.Error;
            }
            Explain(rule, set, stdout);
            return ExitCodes.Clean;
        });
        return command;
    }

    private static void Explain(RuleDefinition rule, RuleSet set, TextWriter stdout)
    {
        stdout.WriteLine($"{rule.Id} ({rule.Severity.ToName()})");
        stdout.WriteLine($"  {rule.Description}");
        if (rule.Source is not null) stdout.WriteLine($"  source: {rule.Source}");
        if (RulesListCommand.Measured(rule) is { } measured) stdout.WriteLine($"  measured: {measured}");
        if (rule.AppliesTo.Count > 0) stdout.WriteLine($"  applies to: {string.Join(", ", rule.AppliesTo.Select(RuleLoader.KindName))}");
        stdout.WriteLine($"  defined in: {rule.File}:{rule.Line}:{rule.Column}");
        stdout.WriteLine();
        stdout.WriteLine(rule.Yaml);
        stdout.WriteLine();

        var engine = new LintEngine(set);
        var fixtures = RuleFixtures.Find(rule);
        foreach (var fixture in fixtures)
        {
            var result = RuleFixtures.Run(engine, fixture);
            var example = result.Findings.FirstOrDefault(f => f.RuleId == rule.Id);
            if (example is null) continue;
            stdout.WriteLine($"Example (from {fixture.Path}):");
            stdout.WriteLine($"  {fixture.Path}:{example.Location.Line}:{example.Location.Column}: {example.Severity.ToName()} {example.RuleId}: {example.Message}");
            if (example.Suggestion is not null) stdout.WriteLine($"      suggestion: {example.Suggestion}");
            return;
        }
        stdout.WriteLine(fixtures.Count == 0
            ? $"No fixtures: add filings to {RuleFixtures.FolderName}/{rule.Id}/ beside the rules file to show an example."
            : "The fixtures show no finding of this rule.");
    }
}
