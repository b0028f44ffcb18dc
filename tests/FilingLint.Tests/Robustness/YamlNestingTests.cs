using System.Diagnostics;
using FilingLint.Cli;
using FilingLint.Tests.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// Rule files and configurations nested past any real need. Before: a 200 KB rules file of nested flow sequences took
/// 200 s in YamlDotNet's recursive node loading, then overflowed the stack (the process died, nothing reported). Now the
/// parser's events are counted first and the first collection past the limit is an error at its line and column.
/// </summary>
public class YamlNestingTests
{
    private static bool Stress => Environment.GetEnvironmentVariable("FILINGLINT_STRESS") == "1";

    /// <summary>A rules file whose first rule's description is <paramref name="depth"/> nested flow sequences.</summary>
    private static string NestedRules(int depth) =>
        "rules:\n  - id: t.deep\n    severity: error\n    message: m\n    assert: 'true'\n    description: "
        + new string('[', depth) + new string(']', depth) + "\n";

    [Fact]
    public void Nested_flow_sequences_in_a_rules_file_are_refused_quickly_at_their_position()
    {
        // 200 KB as in the attack with FILINGLINT_STRESS=1; 20 KB (ten thousand levels) otherwise.
        int depth = Stress ? 100_000 : 10_000;
        var clock = Stopwatch.StartNew();
        var problem = Rules.RuleFiles.Problems(NestedRules(depth)).ShouldHaveSingleItem();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        problem.Message.ShouldContain($"nested more than {FilingLint.Rules.YamlNesting.MaxDepth} collections deep");
        // The top mapping, the rules list and the rule open three levels; the 62nd sequence is the 65th level, at column 18 + 61.
        (problem.Line, problem.Column).ShouldBe((6, 18 + FilingLint.Rules.YamlNesting.MaxDepth - 3));
    }

    [Fact]
    public void Nesting_of_real_depth_still_loads()
    {
        Rules.RuleFiles.Problems(NestedRules(FilingLint.Rules.YamlNesting.MaxDepth - 3)).ShouldAllBe(p => !p.Message.Contains("nested"));
    }

    [Fact]
    public void A_deeply_nested_configuration_is_a_configuration_error_and_nothing_is_linted()
    {
        string dir = CliRun.TempDir();
        string config = Path.Combine(dir, "deep.yml");
        int depth = Stress ? 100_000 : 10_000;
        File.WriteAllText(config, "form: 424B5\noverrides: " + new string('[', depth) + new string(']', depth) + "\n");
        var (exit, output, err) = CliRun.Run("lint", Seed.Path, "--config", config);
        exit.ShouldBe(ExitCodes.Error);
        err.ShouldStartWith($"{config}:2:");
        err.ShouldContain("nested more than");
        output.ShouldNotContain("legend.rule-424b-header");
    }
}
