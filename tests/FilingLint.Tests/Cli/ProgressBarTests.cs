using FilingLint.Cli.Commands;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Cli;

public class ProgressBarTests
{
    [Fact]
    public void Draws_in_place_ends_at_the_total_and_is_erased()
    {
        var output = new StringWriter();
        var bar = new ProgressBar(output, 8);
        for (int i = 1; i <= 8; i++) bar.Advance($"filing-{i}.htm");
        string drawn = output.ToString();
        drawn.ShouldStartWith("\r[");
        drawn.ShouldContain("] 1/8 files  filing-1.htm");
        drawn.ShouldContain("[##############################] 8/8 files  filing-8.htm");
        drawn.ShouldNotContain("\n");
        bar.Clear();
        output.ToString().ShouldEndWith("\r");
        output.ToString()[drawn.Length..].Trim().ShouldBeEmpty();
    }

    [Fact]
    public void Is_not_drawn_into_a_redirected_or_captured_error_stream()
    {
        ProgressBar.Wanted(new StringWriter(), 100).ShouldBeFalse();
        ProgressBar.Wanted(Console.Error, ProgressBar.MinimumFiles).ShouldBeFalse();
    }

    [Fact]
    public void A_lint_run_of_many_files_leaves_the_captured_error_stream_clean()
    {
        string dir = Directory.CreateTempSubdirectory("filinglint-progress").FullName;
        for (int i = 0; i < 8; i++) File.WriteAllText(Path.Combine(dir, $"f{i}.txt"), Seed.Text);
        var run = CliRun.Run("lint", dir, "--format", "json");
        run.Err.ShouldNotContain("files  f");
        run.Exit.ShouldBe(1);
    }
}
