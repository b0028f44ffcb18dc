using System.Diagnostics;
using FilingLint.Expressions;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// Rule expressions too deep or too long to parse safely. Before: 20 KB of nested parentheses overflowed the parser's
/// stack (the process died, no file linted) and a 40,000-term <c>&amp;&amp;</c> chain took 111 s, then did the same.
/// Now each is refused when the rules load, at the rule file's line and column of the bracket or token past the limit.
/// </summary>
public class ExpressionSizeTests
{
    private static bool Stress => Environment.GetEnvironmentVariable("FILINGLINT_STRESS") == "1";

    private static FilingLint.Rules.RuleProblem RefusedQuickly(string assert)
    {
        var clock = Stopwatch.StartNew();
        var problem = Rules.RuleFiles.Problems(Rules.RuleFiles.AssertRule(assert)).ShouldHaveSingleItem();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        return problem;
    }

    [Fact]
    public void Nested_parentheses_are_refused_at_the_first_bracket_too_deep()
    {
        int depth = Stress ? 10_000 : 2_000; // 20 KB with FILINGLINT_STRESS=1
        var problem = RefusedQuickly("'" + new string('(', depth) + "true" + new string(')', depth) + "'");
        problem.Message.ShouldContain($"nested more than {DynamicLinqText.MaxNesting} deep");
        // "    assert: '" is 13 characters: the 33rd parenthesis is at column 14 + 32.
        (problem.Line, problem.Column).ShouldBe((5, 14 + DynamicLinqText.MaxNesting));
    }

    [Fact]
    public void A_long_and_chain_is_refused_at_the_first_token_too_many()
    {
        int terms = Stress ? 40_000 : 4_000;
        var problem = RefusedQuickly("'" + string.Join(" && ", Enumerable.Repeat("Dates.Count == 0", terms)) + "'");
        problem.Message.ShouldContain($"more than {DynamicLinqText.MaxTokens:N0} words and symbols");
        problem.Line.ShouldBe(5);
        problem.Column.ShouldBeGreaterThan(14);
    }

    [Fact]
    public void Expressions_of_a_real_size_still_load()
    {
        string nested = new string('(', DynamicLinqText.MaxNesting) + "Dates.Count == 0" + new string(')', DynamicLinqText.MaxNesting);
        string chain = string.Join(" && ", Enumerable.Repeat("Dates.Count == 0", 300));
        Rules.RuleFiles.Load(Rules.RuleFiles.AssertRule($"'{nested} && {chain}'")).Rules.ShouldHaveSingleItem();
    }

    [Fact]
    public void The_other_rule_files_problems_are_still_reported()
    {
        var problems = Rules.RuleFiles.Problems(Rules.RuleFiles.AssertRule("'" + new string('(', 5_000) + "'")
            + "  - id: t.second\n    severity: error\n    description: d\n    message: m\n    assert: Nothing > 0\n");
        problems.Count.ShouldBe(2);
        problems[1].Message.ShouldContain("Nothing");
    }

    /// <summary>A C# directive or comment at the end of an expression was reported at "(generated):1:1" or as a member of the loader's own code.</summary>
    [Theory]
    [InlineData("true #line 5", 19, "#line, #pragma and #if are C#'s")]
    [InlineData("true #pragma warning disable", 19, "#line, #pragma and #if are C#'s")]
    [InlineData("true #if DEBUG", 19, "#line, #pragma and #if are C#'s")]
    [InlineData("true /// <summary>", 19, "comments ('//', '///', '/*') are not part of an expression")]
    [InlineData("true // note", 19, "comments ('//', '///', '/*') are not part of an expression")]
    [InlineData("true /* note */", 19, "comments ('//', '///', '/*') are not part of an expression")]
    public void A_trailing_directive_or_comment_is_named_at_its_place_in_the_rule_file(string assert, int column, string says)
    {
        var problem = Rules.RuleFiles.Problems(Rules.RuleFiles.AssertRule("'" + assert + "'")).ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((5, column));
        problem.Message.ShouldContain(says);
        problem.Message.ShouldNotContain("generated");
        problem.Message.ShouldNotContain("RuleEvaluation");
        problem.Message.ShouldNotContain("RuleGuard");
    }
}
