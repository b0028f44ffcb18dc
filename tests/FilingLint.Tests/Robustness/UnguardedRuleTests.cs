using System.Diagnostics;
using FilingLint.Engine;
using FilingLint.Expressions;
using FilingLint.Findings;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// Rules that spend their time or stack where the guard every lambda calls does not look. Before: the guard was the
/// only limit, so a rule whose time went into one long string operation ran on past its limit for as long as it liked,
/// and recursion deep enough overflowed the stack, ending the process with exit 134 and no output for any file. Now each
/// rule runs on a thread of its own that is given up at its time limit plus a grace, and the guard checks the stack.
/// </summary>
public class UnguardedRuleTests
{
    private static string ManyDates(int n) =>
        string.Join("\n\n", Enumerable.Range(0, n).Select(i => $"Item {i} was signed on March {1 + i % 28}, {2000 + i % 20}."));

    [Fact]
    public void A_rule_whose_time_goes_past_the_guard_is_given_up_at_its_limit_and_the_others_go_on()
    {
        // The guard is reached only while the dates' texts are gathered (26 KB, milliseconds); then a string of 52 MB (each
        // "March" replaced by all the texts) and two hundred replacements over it, seconds of work on any machine.
        string replacements = string.Concat(Enumerable.Repeat(".Replace(\"a\", \"b\").Replace(\"b\", \"a\")", 100));
        var rules = Rules.RuleFiles.Load(
            "rules:\n  - id: t.slow\n    severity: error\n    description: d\n    message: m\n" +
            $"    assert: 'string.Concat(Dates.Select(d => d.Text)).Replace(\"March\", string.Concat(Dates.Select(d => d.Text))){replacements}.Length < 0'\n" +
            "  - id: t.fine\n    severity: warning\n    description: d\n    message: dates {Dates.Count}\n    assert: Dates.Count == 0\n");
        var engine = new LintEngine(rules) { RuleTimeLimit = TimeSpan.FromMilliseconds(100), RuleGrace = TimeSpan.Zero };
        var clock = Stopwatch.StartNew();
        var result = engine.Lint(Seed.Read(ManyDates(2000)));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        result.Findings.Select(f => f.RuleId).ShouldBe(new[] { WellKnownRules.RuleError, "t.fine" }, ignoreOrder: true);
        result.Findings.Single(f => f.RuleId == WellKnownRules.RuleError).Message.ShouldContain("time limit");
        result.Findings.Single(f => f.RuleId == "t.fine").Message.ShouldBe("dates 2,000");
        // The next file gets a fresh rule thread and is linted as usual.
        engine.Lint(Seed.Read(ManyDates(3))).Findings.Single(f => f.RuleId == "t.fine").Message.ShouldBe("dates 3");
    }

    /// <summary>Recursion through the guard, as a rule calling itself would: reported, not a dead process.</summary>
    [Fact]
    public void Recursion_that_would_overflow_the_stack_is_stopped_by_the_guard()
    {
        static int Down(int n) => RuleGuard.Tick(n) == 0 ? 0 : 1 + Down(n - 1);
        Should.Throw<InsufficientExecutionStackException>(() =>
            RuleThread.RunGuarded(() => Down(100_000_000), TimeSpan.FromSeconds(30), 1L << 30));
    }

    [Fact]
    public void A_rule_stopped_on_one_file_leaves_the_rule_thread_usable()
    {
        Should.Throw<RuleTimeoutException>(() => RuleThread.RunGuarded(() => Thread.Sleep(5_000), TimeSpan.FromMilliseconds(100), 1L << 30));
        int ran = 0;
        RuleThread.RunGuarded(() => ran = 1, TimeSpan.FromSeconds(5), 1L << 30);
        ran.ShouldBe(1);
    }
}
