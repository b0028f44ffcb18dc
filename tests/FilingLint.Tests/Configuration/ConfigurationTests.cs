using System.Text.Json;
using FilingLint.Cli;
using Shouldly;
using Xunit;
using static FilingLint.Tests.Cli.CliRun;

namespace FilingLint.Tests.Configuration;

public class ConfigurationTests
{
    /// <summary>A project folder with the seed filing in drafts/sub/ and the given .filinglint.yml at its top.</summary>
    private static (string Dir, string Filing) Project(string config)
    {
        string dir = TempDir();
        string drafts = Path.Combine(dir, "drafts", "sub");
        Directory.CreateDirectory(drafts);
        string filing = Path.Combine(drafts, "supplement.txt");
        File.WriteAllText(filing, Seed.Text);
        File.WriteAllText(Path.Combine(dir, ".filinglint.yml"), config);
        return (dir, filing);
    }

    private static Dictionary<string, string> Findings(string filing, params string[] extra)
    {
        var (_, output, error) = Run(["lint", filing, "--format", "json", .. extra]);
        error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("ruleId").GetString()!, f => f.GetProperty("severity").GetString()!);
    }

    [Fact]
    public void The_nearest_configuration_regrades_and_turns_off_rules()
    {
        var (_, filing) = Project("severity:\n  legend.rule-424b-header: off\n  terms.inconsistent-agreement-name: warning\n");
        Findings(filing).ShouldBe(new Dictionary<string, string> { ["terms.inconsistent-agreement-name"] = "warning" });
        // With only warnings left, the default --fail-on error passes.
        Run("lint", filing).Exit.ShouldBe(ExitCodes.Clean);
        Run("lint", filing, "--explain").Out.ShouldContain("skipped  legend.rule-424b-header");
        // --no-config restores the rules' own severities.
        Findings(filing, "--no-config")["terms.inconsistent-agreement-name"].ShouldBe("error");
    }

    [Fact]
    public void Overrides_apply_by_glob_and_built_in_sets_are_chosen_by_name()
    {
        var (_, filing) = Project("rules:\n  builtin: [terms]\noverrides:\n  - files: 'drafts/**/*.txt'\n    severity:\n      terms.inconsistent-agreement-name: info\n  - files: 'final/*.txt'\n    severity:\n      terms.inconsistent-agreement-name: off\n");
        Findings(filing).ShouldBe(new Dictionary<string, string> { ["terms.inconsistent-agreement-name"] = "info" });
    }

    [Fact]
    public void Extends_merges_the_base_and_the_command_line_form_wins()
    {
        var (dir, filing) = Project("extends: base/shared.yml\nseverity:\n  terms.inconsistent-agreement-name: warning\n");
        Directory.CreateDirectory(Path.Combine(dir, "base"));
        File.WriteAllText(Path.Combine(dir, "base", "shared.yml"), "form: 8-K\nseverity:\n  terms.inconsistent-agreement-name: info\n  terms.unused: error\n");
        // The base's form makes the seed an "other" document, so the 424(b) rule does not apply; the child's severity wins.
        Findings(filing).ShouldBe(new Dictionary<string, string> { ["terms.inconsistent-agreement-name"] = "warning" });
        Findings(filing, "--form", "424B5").ShouldContainKey("legend.rule-424b-header");
    }

    [Fact]
    public void Every_mistake_in_the_configuration_is_reported_with_line_and_column_and_exit_2()
    {
        var (_, filing) = Project("rules:\n  builtin: [sec, term]\nseverity:\n  terms.unusd: off\n  dates.invalid: loud\nformat: json\n");
        var (exit, _, error) = Run("lint", filing);
        exit.ShouldBe(ExitCodes.Error);
        string config = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(filing)))!, ".filinglint.yml");
        error.ShouldContain($"{config}:2:18: error: unknown built-in rule set 'term'");
        error.ShouldContain($"{config}:5:18: error: severity 'loud' for 'dates.invalid' must be error, warning, info or off");
        error.ShouldContain($"{config}:6:1: error: unknown key 'format'; a configuration has extends, rules, form, exhibits, deal, severity, overrides; did you mean 'form'?");
    }

    [Fact]
    public void A_rule_id_no_rule_has_is_reported_with_a_suggestion()
    {
        var (_, filing) = Project("severity:\n  terms.unusd: off\n");
        var (exit, _, error) = Run("lint", filing);
        exit.ShouldBe(ExitCodes.Error);
        error.ShouldContain(":2:3: error: no loaded rule has the id 'terms.unusd'; did you mean 'terms.unused'?");
    }
}
