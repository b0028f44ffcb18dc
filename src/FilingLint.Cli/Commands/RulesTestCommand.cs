using System.CommandLine;
using FilingLint.Engine;
using FilingLint.RuleTesting;

namespace FilingLint.Cli.Commands;

/// <summary>
/// <c>filinglint rules test [PATH...]</c>: runs each rule's fixture filings and checks their inline
/// <c>expect:</c>/<c>ok:</c> markers. Without a path, tests the built-in rules.
/// </summary>
internal static class RulesTestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule files or folders to test; the built-in rules when none is given.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("test", "Run the rules' fixture filings and check the findings they expect.") { paths };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var set = RuleLoading.TryLoad(paths, builtIn: paths.Count == 0, stderr);
        if (set is null) return ExitCodes.Error;
        var engine = new LintEngine(set);
        int fixtures = 0, failed = 0;
        var untested = new List<string>();
        foreach (var rule in set.Definitions.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var found = RuleFixtures.Find(rule);
            if (found.Count == 0) untested.Add(rule.Id);
            foreach (var fixture in found)
            {
                fixtures++;
                var result = RuleFixtures.Run(engine, fixture);
                // A deal case is its folder of filings.
                string shown = fixture.IsDeal ? Path.GetDirectoryName(fixture.Path)!.Replace('\\', '/') + "/" : fixture.Path;
                if (result.Passed)
                {
                    stdout.WriteLine($"ok    {shown} ({result.Markers.Count} marker(s))");
                    continue;
                }
                failed++;
                stdout.WriteLine($"FAIL  {shown}");
                if (result.Error is not null) stdout.WriteLine($"  {fixture.Path}:1: {result.Error}");
                foreach (var mismatch in result.Mismatches) stdout.WriteLine($"  {mismatch}");
            }
        }
        foreach (var id in untested) stderr.WriteLine($"warning: rule '{id}' has no fixtures (add them in {RuleFixtures.FolderName}/{id}/ beside its rules file)");
        stdout.WriteLine($"{fixtures} fixture(s), {failed} failed; {set.Definitions.Count - untested.Count} of {set.Definitions.Count} rule(s) have fixtures");
        return failed > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
