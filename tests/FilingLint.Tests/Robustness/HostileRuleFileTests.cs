using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

public class HostileRuleFileTests
{
    [Fact]
    public void Billion_laughs_is_refused_without_expanding()
    {
        var yaml = new System.Text.StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++)
            yaml.Append($"a{i}: &a{i} [{string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        yaml.Append("rules: []\n");
        var p = Rules.RuleFiles.Problems(yaml.ToString()).ShouldHaveSingleItem();
        (p.Line, p.Message.Contains("aliases")).ShouldBe((2, true));
    }

    [Fact]
    public void A_huge_scalar_is_refused()
    {
        string yaml = "rules:\n  - id: a.b\n    severity: error\n    description: '" + new string('x', 3_000_000) + "'\n    message: m\n    assert: true\n";
        Rules.RuleFiles.Problems(yaml).ShouldHaveSingleItem().Message.ShouldContain("limit");
    }

    [Fact]
    public void Duplicate_keys_are_an_error_with_position()
    {
        var p = Rules.RuleFiles.Problems("rules:\n  - id: a.b\n    severity: error\n    severity: info\n    description: d\n    message: m\n    assert: true\n").ShouldHaveSingleItem();
        p.Line.ShouldBe(4);
        p.Message.ShouldContain("severity");
    }

    [Fact]
    public void Tabs_for_indentation_are_an_error_with_position()
    {
        var p = Rules.RuleFiles.Problems("rules:\n\t- id: a.b\n").ShouldHaveSingleItem();
        p.Line.ShouldBe(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("rules:")]
    [InlineData("- just\n- a list\n")]
    [InlineData("rules: 5\n")]
    [InlineData("rules:\n  - 5\n")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("rules:\n  - id: a.b\n    severity: error\n    description: d\n    message: '{'\n    assert: true\n")]
    [InlineData("rules:\n  - id: a.b\n    severity: error\n    description: d\n    message: m\n    assert: 'true // comment'\n")]
    [InlineData("rules:\n  - id: a.b\n    severity: error\n    description: d\n    message: m\n    assert: \"1\"\n")]
    public void Broken_rule_files_give_problems_not_exceptions(string yaml)
    {
        Rules.RuleFiles.Problems(yaml).ShouldNotBeEmpty();
    }
}
