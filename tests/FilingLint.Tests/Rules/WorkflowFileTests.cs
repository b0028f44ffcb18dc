using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Rules;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Rules;

/// <summary>Microsoft RulesEngine workflow files (JSON) as rules, and FilingLint's own rules exported as such workflows.</summary>
public class WorkflowFileTests
{
    private const string Workflows = """
        [
          {
            "WorkflowName": "Northwind",
            "Rules": [
              { "RuleName": "HasOffering", "ErrorMessage": "No offering is described.", "Expression": "Offerings.Count > 0" },
              {
                "RuleName": "FewTerms",
                "ErrorMessage": "Northwind's house style allows at most two defined terms.",
                "Properties": { "severity": "error", "description": "At most two defined terms." },
                "Expression": "input1.DefinedTerms.Count <= 2"
              },
              {
                "RuleName": "IssuerAndDate",
                "Operator": "AndAlso",
                "ErrorMessage": "The issuer or the date is missing.",
                "Rules": [
                  { "RuleName": "Issuer", "Expression": "Issuer != null" },
                  { "RuleName": "Date", "LocalParams": [ { "Name": "dated", "Expression": "filing.DocumentDate" } ], "Expression": "dated != null" }
                ]
              },
              { "RuleName": "Off", "Enabled": false, "Expression": "false" }
            ]
          }
        ]
        """;

    private static string Write(string json, string name = "northwind.json") => RuleFiles.Write(json, name);

    [Fact]
    public void A_RulesEngine_workflow_file_lints_the_seed()
    {
        var rules = RuleSet.Load([Write(Workflows)], includeBuiltIn: false);
        rules.Definitions.Select(d => d.Id).ShouldBe(["Northwind.HasOffering", "Northwind.FewTerms", "Northwind.IssuerAndDate"]);
        var result = new LintEngine(rules).Lint(Seed.Read(Seed.Text));
        var finding = result.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("Northwind.FewTerms");
        finding.Severity.ShouldBe(Severity.Error);
        finding.Message.ShouldBe("Northwind's house style allows at most two defined terms.");
        result.Rules.Where(r => r.Status == RuleStatus.Passed).Select(r => r.RuleId).ShouldBe(["Northwind.HasOffering", "Northwind.IssuerAndDate"], ignoreOrder: true);
    }

    [Fact]
    public void A_mistake_in_a_workflow_points_at_its_line_and_column()
    {
        string json = Workflows.Replace("\"Offerings.Count > 0\"", "\"Offerngs.Count > 0\"");
        var problem = Should.Throw<RuleLoadException>(() => RuleSet.Load([Write(json)], includeBuiltIn: false)).Problems.ShouldHaveSingleItem();
        problem.Line.ShouldBe(5);
        string line = json.Split('\n')[4];
        problem.Column.ShouldBe(line.IndexOf("Offerngs", StringComparison.Ordinal) + 1);
        problem.Message.ShouldContain("did you mean 'Offerings'");
    }

    [Theory]
    [InlineData("filing.GetType().Assembly != null")]
    [InlineData("System.IO.File.Exists(\\\"/etc/passwd\\\")")]
    [InlineData("Enumerable.Range(0, 1000000000).Count() > 0")]
    public void A_workflow_is_held_to_the_same_allow_list(string expression)
    {
        string json = Workflows.Replace("\"Offerings.Count > 0\"", $"\"{expression}\"");
        Should.Throw<RuleLoadException>(() => RuleSet.Load([Write(json)], includeBuiltIn: false)).Problems
            .ShouldAllBe(p => p.Line == 5 && p.Message.Contains("Northwind.HasOffering"));
    }

    [Fact]
    public void Exported_rules_read_back_as_workflows_fail_where_the_rules_fail()
    {
        using var buffer = new MemoryStream();
        var left = WorkflowExport.Write(Seed.BuiltInRules.Definitions, buffer);
        left.ShouldContain("legend.rule-424b-header"); // a text check has no RulesEngine form
        var exported = RuleSet.Load([Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), "exported.json")], includeBuiltIn: false);
        exported.Definitions.Count.ShouldBe(Seed.BuiltInRules.Definitions.Count - left.Count);

        // The same rules fail on the same documents: the seed and every rule fixture.
        var files = Repository.RuleFixtures().Prepend(Seed.Path).ToList();
        int failing = 0;
        foreach (var file in files)
        {
            var own = new LintEngine(Seed.BuiltInRules).LintFile(file).Rules.Where(r => r.Status == RuleStatus.Failed && !left.Contains(r.RuleId)).Select(r => r.RuleId).ToList();
            var theirs = new LintEngine(exported).LintFile(file).Rules.Where(r => r.Status == RuleStatus.Failed).Select(r => r.RuleId);
            theirs.ShouldBe(own, ignoreOrder: true, file);
            failing += own.Count;
        }
        failing.ShouldBeGreaterThan(20);
        new LintEngine(exported).Lint(Seed.Read(Seed.Text)).Findings.Select(f => f.RuleId).ShouldBe(["terms.inconsistent-agreement-name"]);
    }
}
