using FilingLint.Engine;
using FilingLint.Rules;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Rules;

/// <summary>
/// What an editor checks with rules/schema.json and what <c>rules validate</c> checks agree on every fixture rule file
/// (tests/FilingLint.Tests/Fixtures/rule-files: valid/ and invalid/) and every built-in rules file.
/// </summary>
public class RuleSchemaAgreementTests
{
    private static string Fixtures => Path.Combine(Repository.Root, "tests", "FilingLint.Tests", "Fixtures", "rule-files");

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Fixtures, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Repository.Root, "rules"), "*.yaml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal))
            files.Add(Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'));
        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_schema_and_rules_validate_agree(string file)
    {
        string path = Path.Combine(Repository.Root, file);
        bool meantValid = !file.Contains("/invalid/", StringComparison.Ordinal);

        string? rejected = null;
        try
        {
            RuleSet.Load([path], includeBuiltIn: false);
        }
        catch (RuleLoadException e)
        {
            rejected = string.Join("\n", e.Problems);
        }
        (rejected is null).ShouldBe(meantValid, $"rules validate: {rejected ?? "no problems"}");

        var errors = JsonSchemas.Load(Path.Combine(Repository.Root, "rules", "schema.json")).Errors(YamlAsJson.Parse(File.ReadAllText(path)));
        (errors.Count == 0).ShouldBe(meantValid, $"schema: {string.Join("; ", errors)}");
    }

    [Fact]
    public void There_are_fixtures_of_both_kinds_and_the_issue_s_three_mistakes_among_them()
    {
        var names = Directory.GetFiles(Path.Combine(Fixtures, "invalid"), "*.yaml").Select(Path.GetFileNameWithoutExtension).ToList();
        names.ShouldContain("bad-id");
        names.ShouldContain("no-check");
        names.ShouldContain("two-checks");
        Directory.GetFiles(Path.Combine(Fixtures, "valid"), "*.yaml").ShouldNotBeEmpty();
    }
}
