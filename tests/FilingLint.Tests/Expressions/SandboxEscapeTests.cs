using Shouldly;
using Xunit;

namespace FilingLint.Tests.Expressions;

public class SandboxEscapeTests
{
    public static TheoryData<string> Attempts()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Expressions", "escape-attempts.txt")))
            if (line.Length > 0 && !line.StartsWith('#')) data.Add(line);
        return data;
    }

    [Fact]
    public void There_are_at_least_thirty_attempts() => Attempts().Count.ShouldBeGreaterThanOrEqualTo(30);

    [Theory]
    [MemberData(nameof(Attempts))]
    public void Escape_attempt_is_rejected_at_load_with_the_rule_position(string expression)
    {
        string yaml = "rules:\n  - id: t.escape\n    severity: error\n    description: d\n    message: m\n    assert: '" + expression.Replace("'", "''") + "'\n";
        var problems = Rules.RuleFiles.Problems(yaml);
        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Line == 6 && p.Column >= 13 && p.Message.Contains("t.escape"));
    }
}
