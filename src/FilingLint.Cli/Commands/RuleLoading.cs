using FilingLint.Engine;
using FilingLint.Rules;

namespace FilingLint.Cli.Commands;

/// <summary>Loads a rule set for the <c>rules</c> commands, printing every problem on failure.</summary>
internal static class RuleLoading
{
    public static RuleSet? TryLoad(IReadOnlyList<string> paths, bool builtIn, TextWriter stderr)
    {
        try
        {
            return RuleSet.Load(paths, builtIn);
        }
        catch (RuleLoadException e)
        {
            foreach (var problem in Sorted(e.Problems)) stderr.WriteLine(problem);
            stderr.WriteLine($"{e.Problems.Count} problem(s) in the rules.");
            return null;
        }
    }

    public static IEnumerable<RuleProblem> Sorted(IEnumerable<RuleProblem> problems) => problems
        .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Message, StringComparer.Ordinal)
        .Distinct();
}
