using System.Diagnostics;
using FilingLint.Cli;
using FilingLint.Configuration;
using FilingLint.Tests.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// Configurations whose <c>extends</c> reach too far. Before: 27 small files each extending many of the others were
/// loaded once per path through them (past 180 s), and a chain 20,000 deep overflowed the stack. Each limit is now a
/// configuration error at the <c>extends</c> item that passes it, exit 2.
/// </summary>
public class ExtendsBombTests
{
    private static (int Exit, string Err) LintWith(string config)
    {
        var (exit, _, err) = CliRun.Run("lint", Seed.Path, "--config", config);
        return (exit, err);
    }

    [Fact]
    public void A_file_extending_too_many_others_is_refused_at_the_first_too_many()
    {
        string dir = CliRun.TempDir();
        int count = ConfigLoader.MaxExtendsPerFile + 1;
        for (int i = 1; i <= count; i++) File.WriteAllText(Path.Combine(dir, $"f{i}.yml"), "form: 424B5\n");
        string config = Path.Combine(dir, "main.yml");
        File.WriteAllText(config, "extends:\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"  - f{i}.yml\n")));
        var (exit, err) = LintWith(config);
        exit.ShouldBe(ExitCodes.Error);
        err.ShouldStartWith($"{config}:{count + 1}:5: error: extends lists more than {ConfigLoader.MaxExtendsPerFile} configurations");
    }

    private static string Chain(string dir, int depth)
    {
        for (int i = 0; i < depth; i++)
            File.WriteAllText(Path.Combine(dir, $"c{i}.yml"), i + 1 < depth ? $"extends: c{i + 1}.yml\n" : "form: 424B5\n");
        return Path.Combine(dir, "c0.yml");
    }

    [Fact]
    public void A_chain_of_extends_deeper_than_the_limit_is_refused_where_it_passes_it()
    {
        string dir = CliRun.TempDir();
        LintWith(Chain(dir, ConfigLoader.MaxExtendsDepth)).ShouldBe((ExitCodes.Findings, ""));
        string deeper = CliRun.TempDir();
        var (exit, err) = LintWith(Chain(deeper, 40));
        exit.ShouldBe(ExitCodes.Error);
        int last = ConfigLoader.MaxExtendsDepth - 1;
        err.ShouldStartWith($"{Path.Combine(deeper, $"c{last}.yml")}:1:10: error: 'c{last + 1}.yml' would make a chain of extends more than {ConfigLoader.MaxExtendsDepth} configurations deep");
    }

    [Fact]
    public void A_chain_twenty_thousand_deep_does_not_overflow_the_stack()
    {
        // Twenty thousand files to write: only with FILINGLINT_STRESS=1; two thousand otherwise.
        int depth = Environment.GetEnvironmentVariable("FILINGLINT_STRESS") == "1" ? 20_000 : 2_000;
        var (exit, err) = LintWith(Chain(CliRun.TempDir(), depth));
        exit.ShouldBe(ExitCodes.Error);
        err.ShouldContain("configurations deep");
    }

    [Fact]
    public void Files_extending_each_other_many_times_over_stop_at_the_load_limit()
    {
        // Five layers of eight files, each extending the whole next layer: loaded once per path, 8^5 loads. Shallow and
        // within the per-file limit, so the total is the limit that holds.
        const int layers = 5, width = 8;
        string dir = CliRun.TempDir();
        for (int layer = 0; layer < layers; layer++)
            for (int i = 0; i < width; i++)
                File.WriteAllText(Path.Combine(dir, $"l{layer}-{i}.yml"), layer + 1 < layers
                    ? "extends:\n" + string.Concat(Enumerable.Range(0, width).Select(j => $"  - l{layer + 1}-{j}.yml\n"))
                    : "form: 424B5\n");
        string config = Path.Combine(dir, "top.yml");
        File.WriteAllText(config, "extends:\n" + string.Concat(Enumerable.Range(0, width).Select(j => $"  - l0-{j}.yml\n")));
        var clock = Stopwatch.StartNew();
        var (exit, err) = LintWith(config);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        exit.ShouldBe(ExitCodes.Error);
        var problems = err.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        problems.ShouldHaveSingleItem().ShouldMatch($@"^{System.Text.RegularExpressions.Regex.Escape(dir)}/l\d-\d\.yml:\d+:5: error: 'l\d-\d\.yml' would be configuration number {ConfigLoader.MaxConfigurations + 1} this one loads through extends \(counting a file each time it is extended\); the limit is {ConfigLoader.MaxConfigurations}$");
    }
}
