using System.Text.RegularExpressions;
using Shouldly;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace FilingLint.Tests.Cli;

/// <summary>The composite action and the workflow that uses it: they parse, and every declared input is used.</summary>
public class GithubActionTests
{
    private static string RepositoryRoot() => Repository.Root;

    private static YamlMappingNode Load(string relativePath)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryRoot(), relativePath));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.ShouldHaveSingleItem().RootNode;
    }

    private static YamlNode Get(YamlMappingNode map, string key) => map.Children[new YamlScalarNode(key)];

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlMappingNode m => m.Children.SelectMany(kv => Scalars(kv.Key).Concat(Scalars(kv.Value))),
        YamlSequenceNode q => q.Children.SelectMany(Scalars),
        _ => [],
    };

    [Fact]
    public void Action_parses_and_uses_every_input_it_declares()
    {
        var action = Load(".github/actions/filinglint/action.yml");
        var runs = (YamlMappingNode)Get(action, "runs");
        ((YamlScalarNode)Get(runs, "using")).Value.ShouldBe("composite");
        string steps = string.Join("\n", Scalars(Get(runs, "steps")));
        var inputs = ((YamlMappingNode)Get(action, "inputs")).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        new[] { "paths", "rules", "config", "fail-on", "baseline", "sarif-file" }.ShouldBeSubsetOf(inputs);
        foreach (var input in inputs)
            Regex.IsMatch(steps, $@"\binputs\.{Regex.Escape(input)}(?![\w-])").ShouldBeTrue($"input '{input}' is declared but no step uses inputs.{input}");
        // An input that is not declared cannot be used either.
        foreach (Match used in Regex.Matches(steps, @"\binputs\.([\w-]+)"))
            inputs.ShouldContain(used.Groups[1].Value);

        steps.ShouldContain("actions/setup-dotnet@");
        steps.ShouldContain("dotnet tool install FilingLint --tool-path");
        steps.ShouldContain("--format github");
        steps.ShouldContain("--output \"sarif=");
        steps.ShouldContain("--output \"html=");
        steps.ShouldContain("actions/upload-artifact@");
    }

    [Fact]
    public void Workflow_runs_the_action_on_the_seeds_for_pull_requests_and_uploads_sarif()
    {
        var workflow = Load(".github/workflows/lint-filings.yml");
        ((YamlMappingNode)Get(workflow, "on")).Children.ShouldContainKey(new YamlScalarNode("pull_request"));
        var job = (YamlMappingNode)((YamlMappingNode)Get(workflow, "jobs")).Children.Values.ShouldHaveSingleItem();
        var steps = ((YamlSequenceNode)Get(job, "steps")).Children.Cast<YamlMappingNode>().ToList();
        var lint = steps.Single(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && ((YamlScalarNode)u).Value == "./.github/actions/filinglint");
        var with = (YamlMappingNode)Get(lint, "with");
        ((YamlScalarNode)Get(with, "paths")).Value.ShouldBe("seeds");
        var declared = ((YamlMappingNode)Get(Load(".github/actions/filinglint/action.yml"), "inputs")).Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
        foreach (var key in with.Children.Keys) declared.ShouldContain(((YamlScalarNode)key).Value);
        string sarif = ((YamlScalarNode)Get(with, "sarif-file")).Value!;
        var upload = steps.Single(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && ((YamlScalarNode)u).Value!.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        ((YamlScalarNode)Get((YamlMappingNode)Get(upload, "with"), "sarif_file")).Value.ShouldBe(sarif);
        // The baseline the workflow names is committed.
        string baseline = ((YamlScalarNode)Get(with, "baseline")).Value!;
        File.Exists(Path.Combine(RepositoryRoot(), baseline)).ShouldBeTrue();
    }
}
