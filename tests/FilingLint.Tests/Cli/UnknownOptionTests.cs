using FilingLint.Cli;
using Shouldly;
using Xunit;
using static FilingLint.Tests.Cli.CliRun;

namespace FilingLint.Tests.Cli;

/// <summary>A mistyped option is a usage error with a suggestion on every command, never a path to lint or a rules file.</summary>
public class UnknownOptionTests
{
    [Theory]
    [InlineData("--fromat", "--format")]
    [InlineData("--fromat=json", "--format")]
    [InlineData("--rule", "--rules")]
    [InlineData("--fail-of", "--fail-on")]
    public void Lint_rejects_a_mistyped_option_and_lints_nothing(string typo, string meant)
    {
        var (exit, output, error) = Run("lint", Seed.Path, typo, "json");
        exit.ShouldBe(ExitCodes.Error);
        output.ShouldBeEmpty();
        error.ShouldContain($"error: unknown option '{typo.Split('=')[0]}' for 'filinglint lint'; did you mean '{meant}'?");
    }

    [Theory]
    [InlineData("facts", "--fromat")]
    [InlineData("rules validate", "--rules")]
    [InlineData("rules test", "--verbose")]
    [InlineData("rules explain", "--rule")]
    [InlineData("rules list", "--no-builtin-rule")]
    public void Every_command_rejects_an_unknown_option(string command, string option)
    {
        string[] words = [.. command.Split(' '), "x", option];
        if (command == "facts") words[1] = Seed.Path;
        var (exit, _, error) = Run(words);
        exit.ShouldBe(ExitCodes.Error);
        error.ShouldContain($"error: unknown option '{option}' for 'filinglint {command}'");
        // No rules file or filing was read for it.
        error.ShouldNotContain("cannot read");
    }

    [Fact]
    public void The_suggestion_names_only_an_option_that_is_close()
    {
        var (_, _, error) = Run("lint", Seed.Path, "--zzzzzzzz");
        error.ShouldContain("error: unknown option '--zzzzzzzz' for 'filinglint lint'\n");
        error.ShouldNotContain("did you mean");
    }

    [Fact]
    public void Values_of_options_may_start_with_a_dash()
    {
        // '-1' is the value of --max-warnings, checked as such, not an unknown option.
        var (exit, _, error) = Run("lint", Seed.Path, "--max-warnings", "-1");
        exit.ShouldBe(ExitCodes.Error);
        error.ShouldContain("--max-warnings must be 0 or more");
        error.ShouldNotContain("unknown option");
    }

    [Fact]
    public void A_path_starting_with_a_dash_is_linted_after_double_dash()
    {
        // Relative, so that the argument itself starts with '-'; in the test's working folder, removed afterwards.
        string name = $"-draft-{Guid.NewGuid():N}.txt";
        File.WriteAllText(name, Seed.Text);
        try
        {
            Run("lint", name).Exit.ShouldBe(ExitCodes.Error);
            var (exit, output, _) = Run("lint", "--format", "json", "--", name);
            exit.ShouldBe(ExitCodes.Findings);
            output.ShouldContain("terms.inconsistent-agreement-name");
        }
        finally
        {
            File.Delete(name);
        }
    }
}
