using System.Linq.Expressions;
using FilingLint.Documents;
using FilingLint.Expressions;
using FilingLint.Facts;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Expressions;

/// <summary>
/// A rule cannot change the facts other rules and the report see. Before (on the C# engine): a rule removed a defined
/// term's uses through its list, and a later rule gave four false "never used" findings while the report showed no use.
/// On Dynamic LINQ no rule reaches a fact's list as a list (methods on sequences bind to LINQ's operators, and casts
/// to a list type do not resolve) nor calls a setter (it is void), and assignment is refused; the allow-list now also
/// refuses every setter and every in-place change of a collection in the parsed tree, whatever engine parsed it.
/// </summary>
public class FactImmutabilityTests
{
    /// <summary>Dynamic LINQ binds these to LINQ's operators or not at all; the allow-list refuses them whatever engine parsed them.</summary>
    [Theory]
    [InlineData("Dates.ToList().Remove(Dates.First())")]
    [InlineData("Dates.ToList().RemoveAll(d => true) == 0")]
    [InlineData("DefinedTerms.First().Uses.ToList().Remove(DefinedTerms.First().Uses.First())")]
    [InlineData("Dates.ToHashSet().Add(Dates.First())")]
    public void A_change_to_a_collection_is_refused_at_load_with_its_position(string assert) =>
        Rules.RuleFiles.Problems(Rules.RuleFiles.AssertRule("'" + assert + "'")).ShouldHaveSingleItem().Line.ShouldBe(5);

    [Fact]
    public void An_array_element_cannot_be_written()
    {
        var problem = Rules.RuleFiles.Problems(Rules.RuleFiles.AssertRule("'Dates.ToArray()[0] = null'")).ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((5, 14 + "Dates.ToArray()[0] ".Length));
        problem.Message.ShouldContain("'=' is not allowed");
    }

    [Theory]
    [InlineData(typeof(List<DateFact>), "Clear")]
    [InlineData(typeof(List<DateFact>), "Reverse")]
    [InlineData(typeof(ICollection<SourceSpan>), "Clear")]
    [InlineData(typeof(HashSet<string>), "Clear")]
    public void The_allow_list_refuses_in_place_changes_of_a_collection_whatever_parsed_them(Type type, string method)
    {
        var call = Expression.Call(Expression.Parameter(type, "list"), type.GetMethod(method, Type.EmptyTypes)!);
        ExpressionAllowList.Check(call).ShouldHaveSingleItem().Message.ShouldContain($"'{method}' changes a collection in place");
    }

    [Fact]
    public void The_allow_list_refuses_setting_a_fact_whatever_parsed_it()
    {
        var setter = typeof(DateFact).GetProperty(nameof(DateFact.Text))!.SetMethod!;
        var call = Expression.Call(Expression.Parameter(typeof(DateFact), "d"), setter, Expression.Constant("x"));
        ExpressionAllowList.Check(call).ShouldHaveSingleItem().Message.ShouldContain("'Text' cannot be set");
        ExpressionAllowList.Check(Expression.Call(Expression.Parameter(typeof(Filing), "f"), typeof(Filing).GetProperty(nameof(Filing.Dates))!.SetMethod!,
            Expression.Constant(Array.Empty<DateFact>(), typeof(IReadOnlyList<DateFact>)))).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("Dates.All(d => d.set_Text(\"x\") == null)")]
    [InlineData("set_Dates(null) == null")]
    [InlineData("Dates.ToList().ForEach(d => d.set_Text(\"x\"))")]
    public void Setting_a_fact_is_refused_at_load(string assert) =>
        Rules.RuleFiles.Problems(Rules.RuleFiles.AssertRule("'" + assert + "'")).ShouldHaveSingleItem().Line.ShouldBe(5);

    [Fact]
    public void Reading_through_every_operator_leaves_the_facts_as_they_were()
    {
        const string counts = "message: \"{DefinedTerms.Sum(t => t.Uses.Count)} {Dates.Count} {Dates.First().Text}\"\n    assert: 'false'\n";
        string reader = "  - id: t.count\n    severity: info\n    description: d\n    " + counts;
        // Everything a rule may do with the lists: reorder, reverse, copy, group, join, turn into sets and dictionaries.
        string busy = "rules:\n  - id: t.busy\n    severity: info\n    description: d\n    message: m\n    assert: '" +
            "Dates.Reverse().Count() + Dates.OrderByDescending(d => d.Text).Count() + Dates.ToList().Count + Dates.ToArray().Count()" +
            " + DefinedTerms.SelectMany(t => t.Uses.Reverse()).Count() + DefinedTerms.Select(t => t.Uses.ToHashSet().Count).Sum()" +
            " + Dates.GroupBy(d => d.Value).Count() >= 0'\n";
        var alone = Seed.Lint(Seed.Text, Rules.RuleFiles.Load("rules:\n" + reader));
        var after = Seed.Lint(Seed.Text, Rules.RuleFiles.Load(busy + reader));
        after.Findings.Single(f => f.RuleId == "t.count").Message.ShouldBe(alone.Findings.Single().Message);
        after.Findings.ShouldNotContain(f => f.RuleId == "rule.error");
    }

    [Fact]
    public void Regular_expressions_are_not_among_the_types_a_rule_may_use()
    {
        // Rules match text through require/forbid patterns, which have a time limit per match and per rule; a Regex in an
        // expression could take an infinite timeout, a MatchEvaluator or a span overload, none of them limited.
        ExpressionAllowList.IsAllowed(typeof(System.Text.RegularExpressions.Regex)).ShouldBeFalse();
        ExpressionAllowList.IsAllowed(typeof(System.Text.RegularExpressions.Match)).ShouldBeFalse();
        ExpressionAllowList.IsAllowed(typeof(System.Text.RegularExpressions.MatchEvaluator)).ShouldBeFalse();
    }
}
