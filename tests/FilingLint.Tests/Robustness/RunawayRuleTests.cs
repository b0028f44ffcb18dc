using FilingLint.Engine;
using FilingLint.Findings;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

public class RunawayRuleTests
{
    private static string ManyDates(int n) =>
        string.Join("\n\n", Enumerable.Range(0, n).Select(i => $"Item {i} was signed on March {1 + i % 28}, {2000 + i % 20}."));

    [Fact]
    public void An_expression_that_would_run_for_hours_is_stopped_at_the_time_limit()
    {
        // It counts without allocating, so that only the time limit can stop it.
        var rules = Rules.RuleFiles.Load(Rules.RuleFiles.AssertRule(
            "Dates.Sum(a => Dates.Sum(b => Dates.Count(c => c.Text.Length == a.Text.Length + b.Text.Length))) < 0"));
        var engine = new LintEngine(rules) { RuleTimeLimit = TimeSpan.FromMilliseconds(500) };
        var result = engine.Lint(Seed.Read(ManyDates(600)));
        var error = result.Findings.ShouldHaveSingleItem();
        error.RuleId.ShouldBe(WellKnownRules.RuleError);
        error.Message.ShouldContain("time limit");
        result.Rules.ShouldHaveSingleItem().Status.ShouldBe(RuleStatus.Errored);
    }

    [Fact]
    public void An_expression_that_allocates_without_end_is_stopped_at_the_memory_limit()
    {
        // Each step repeats the string many times; a few steps would need terabytes long before the time limit.
        const string doubling = "Dates.Select(d => d.Text).Select(s => s + s).Select(s => s + s).Select(s => s + s).Select(s => s + s).Select(s => s + s)" +
              ".Select(s => s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s)" +
              ".Select(s => s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s)" +
              ".Select(s => s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s)" +
              ".Select(s => s.Length).Sum() < 0";
        var rules = Rules.RuleFiles.Load(Rules.RuleFiles.AssertRule(doubling));
        var engine = new LintEngine(rules) { RuleMemoryLimit = 64L << 20 };
        var result = engine.Lint(Seed.Read(ManyDates(10)));
        var error = result.Findings.ShouldHaveSingleItem();
        error.RuleId.ShouldBe(WellKnownRules.RuleError);
        error.Message.ShouldContain("memory limit of 64 MB");
        result.Rules.ShouldHaveSingleItem().Status.ShouldBe(RuleStatus.Errored);
    }

    [Fact]
    public void A_catastrophically_backtracking_pattern_becomes_a_rule_error()
    {
        var rules = Rules.RuleFiles.Load("rules:\n  - id: t.backtrack\n    severity: error\n    description: d\n    message: m\n    require:\n      patterns: ['^(a+)+$']\n");
        var result = new LintEngine(rules).Lint(Seed.Read(new string('a', 40) + "b"));
        var error = result.Findings.ShouldHaveSingleItem();
        error.RuleId.ShouldBe(WellKnownRules.RuleError);
        error.Message.ShouldContain("regular expression timed out");
    }

    [Fact]
    public void Other_rules_still_report_after_one_times_out()
    {
        var rules = Rules.RuleFiles.Load(
            "rules:\n  - id: t.slow\n    severity: error\n    description: d\n    message: m\n" +
            "    assert: Dates.SelectMany(a => Dates.SelectMany(b => Dates.Select(c => a.Text + c.Text))).Count() < 0\n" +
            "  - id: t.fine\n    severity: warning\n    description: d\n    message: dates {Dates.Count}\n    assert: Dates.Count == 0\n");
        var engine = new LintEngine(rules) { RuleTimeLimit = TimeSpan.FromMilliseconds(300) };
        var result = engine.Lint(Seed.Read(ManyDates(400)));
        result.Findings.Select(f => f.RuleId).ShouldBe(new[] { "rule.error", "t.fine" }, ignoreOrder: true);
        result.Findings.Single(f => f.RuleId == "t.fine").Message.ShouldBe("dates 400");
    }

    [Fact]
    public void A_format_asking_for_a_billion_digits_is_refused_where_it_is_written()
    {
        var problem = Rules.RuleFiles.Problems(
            "rules:\n  - id: t.digits\n    severity: error\n    description: d\n    message: \"{Dates.Count:D999999999}\"\n    assert: \"false\"\n")
            .ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((5, 28));
        problem.Message.ShouldContain("D999999999");
        // Formats of ordinary size still load.
        Rules.RuleFiles.Load("rules:\n  - id: t.digits\n    severity: error\n    description: d\n    message: \"{Dates.Count:D8}\"\n    assert: \"false\"\n")
            .Rules.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_message_that_would_print_megabytes_is_cut()
    {
        var rules = Rules.RuleFiles.Load(
            "rules:\n  - id: t.long\n    severity: error\n    description: d\n    message: \"{Dates.Select(d => d.Text + d.Text + d.Text + d.Text)}\"\n    assert: \"false\"\n");
        var finding = new LintEngine(rules).Lint(Seed.Read(ManyDates(5000))).Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("t.long");
        finding.Message.Length.ShouldBe(FilingLint.Expressions.MessageTemplate.MaxLength);
        finding.Message.ShouldEndWith("…");
    }
}
