using Shouldly;
using Xunit;

namespace FilingLint.Tests.Expressions;

public class WhitelistTests
{
    [Theory]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("System.Diagnostics.Process.GetCurrentProcess() != null")]
    [InlineData("Environment.GetEnvironmentVariable(\"HOME\") != null")]
    [InlineData("typeof(Filing).Assembly != null")]
    [InlineData("Offerings.GetType().Assembly != null")]
    [InlineData("Type.GetType(\"System.IO.File\") != null")]
    [InlineData("Activator.CreateInstance<object>() != null")]
    [InlineData("AppDomain.CurrentDomain != null")]
    [InlineData("((dynamic)Offerings).Count > 0")]
    [InlineData("global::System.Math.Abs(1) > 0")]
    [InlineData("System.Math.Abs(1) > 0")]
    [InlineData("new System.Net.Http.HttpClient() != null")]
    [InlineData("nameof(Offerings) != null")]
    [InlineData("Console.ReadLine() != null")]
    [InlineData("GC.GetTotalMemory(false) > 0")]
    [InlineData("Offerings.Select(o => (object)o).Any(o => o.GetType() != null)")]
    [InlineData("Task.Delay(1000) != null")]
    [InlineData("Thread.CurrentThread != null")]
    [InlineData("\\u0046ile.Exists(\"x\")")]
    [InlineData("System.Linq.Expressions.Expression.Constant(1) != null")]
    [InlineData("(Offerings = null) == null")]
    public void Escape_attempts_are_rejected_when_rules_load(string expression)
    {
        string yaml = "rules:\n  - id: t.rule\n    severity: error\n    description: d\n    message: m\n    assert: '" + expression.Replace("'", "''") + "'\n";
        var problems = Rules.RuleFiles.Problems(yaml);
        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Line == 6);
    }

    [Theory]
    [InlineData("Offerings.All(o => o.Cap == null || o.SoldGrossProceeds <= o.Cap)")]
    [InlineData("Regex.IsMatch(Title ?? \"\", \"^Supplement\")")]
    [InlineData("Math.Max(1, DefinedTerms.Count) > 0 && DocumentDate!.Value > new DateOnly(2020, 1, 1)")]
    [InlineData("DefinedTerms.GroupBy(t => t.Term.Length).Select(g => g.Key).ToList().Count >= 0")]
    [InlineData("string.Join(\",\", Parties.Select(p => p.Name)).Length > 0 && Kind == DocumentKind.ProspectusSupplement")]
    public void Fact_model_strings_dates_math_regex_and_linq_are_allowed(string expression)
    {
        string yaml = "rules:\n  - id: t.rule\n    severity: error\n    description: d\n    message: m\n    assert: '" + expression.Replace("'", "''") + "'\n";
        var rules = Rules.RuleFiles.Load(yaml);
        Seed.Lint(Seed.Text, rules).Findings.ShouldBeEmpty();
    }
}
