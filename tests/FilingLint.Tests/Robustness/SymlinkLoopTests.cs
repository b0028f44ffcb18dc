using System.Text.Json;
using FilingLint.Cli;
using FilingLint.Tests.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// Folders with links in them. Before: a link back to a folder above was followed until the system gave up on the
/// path (one file linted 41 times), and a folder or file reached through two names was linted under each. Now each
/// real folder is searched once and each real file linted once, with a note on standard error.
/// </summary>
public class SymlinkLoopTests
{
    private static List<string> LintedPaths(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();
    }

    [UnixFact]
    public void A_link_back_to_a_folder_above_is_searched_once()
    {
        string dir = CliRun.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.Copy(Seed.Path, Path.Combine(dir, "a.txt"));
        File.Copy(Seed.Path, Path.Combine(dir, "sub", "b.txt"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(dir, "sub", "here"), ".");

        var (exit, output, err) = CliRun.Run("lint", dir, "--format", "json");
        exit.ShouldBe(ExitCodes.Findings);
        LintedPaths(output).ShouldBe([Path.Combine(dir, "a.txt"), Path.Combine(dir, "sub", "b.txt")]);
        var notes = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        notes.Length.ShouldBe(2);
        notes.ShouldContain($"note: {Path.Combine(dir, "sub", "up")}: a link to {dir}, a folder searched already; its files are linted once");
        notes.ShouldContain($"note: {Path.Combine(dir, "sub", "here")}: a link to {Path.Combine(dir, "sub")}, a folder searched already; its files are linted once");
    }

    [UnixFact]
    public void Two_links_back_to_the_top_end_at_once()
    {
        // Followed blindly, every path of up to 40 links is a new one: 2^40 folders.
        string dir = CliRun.TempDir();
        File.Copy(Seed.Path, Path.Combine(dir, "a.txt"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "x"), ".");
        Directory.CreateSymbolicLink(Path.Combine(dir, "y"), dir);
        var (exit, output, _) = CliRun.Run("lint", dir, "--format", "json");
        exit.ShouldBe(ExitCodes.Findings);
        LintedPaths(output).ShouldBe([Path.Combine(dir, "a.txt")]);
    }

    [UnixFact]
    public void A_file_or_folder_reached_through_a_link_is_linted_once_under_its_own_name()
    {
        string dir = CliRun.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "real"));
        File.Copy(Seed.Path, Path.Combine(dir, "real", "b.txt"));
        // The links sort before what they lead to, so the one reached without a link has to be preferred, not the first.
        Directory.CreateSymbolicLink(Path.Combine(dir, "alias"), "real");
        File.CreateSymbolicLink(Path.Combine(dir, "real", "a-link.txt"), "b.txt");
        var (exit, output, err) = CliRun.Run("lint", dir, Path.Combine(dir, "alias", "b.txt"), "--format", "json");
        exit.ShouldBe(ExitCodes.Findings);
        LintedPaths(output).ShouldBe([Path.Combine(dir, "real", "b.txt")]);
        err.ShouldContain($"note: {Path.Combine(dir, "alias")}: a link to {Path.Combine(dir, "real")}, a folder searched already");
        err.ShouldContain($"note: {Path.Combine(dir, "real", "a-link.txt")}: the same file as {Path.Combine(dir, "real", "b.txt")} (through a link); linted once");
        err.ShouldContain($"note: {Path.Combine(dir, "alias", "b.txt")}: the same file as {Path.Combine(dir, "real", "b.txt")} (through a link); linted once");
    }
}
