using FilingLint.Cli;
using Shouldly;
using Xunit;
using static FilingLint.Tests.Cli.CliRun;

namespace FilingLint.Tests.Cli;

/// <summary>
/// A run that finds nothing to lint is a usage error naming what was tried, so a CI job with a wrong path fails;
/// and globs have one dialect (FileSystemGlobbing's '*' and '**'), refusing what other dialects would take as wildcards.
/// </summary>
public class NoInputTests
{
    private static string Folder(params string[] files)
    {
        string dir = TempDir();
        foreach (var name in files)
        {
            string path = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Seed.Text);
        }
        return dir;
    }

    [Fact]
    public void An_empty_folder_is_exit_2_naming_it()
    {
        string dir = Folder();
        var (exit, output, error) = Run("lint", dir, "--format", "json");
        exit.ShouldBe(ExitCodes.Error);
        output.ShouldBeEmpty();
        error.ShouldContain("error: no file to lint; tried:");
        error.ShouldContain($"  {dir}: a folder with no file FilingLint reads (");
    }

    [Fact]
    public void A_folder_of_unsupported_files_and_a_glob_matching_nothing_are_exit_2_naming_both()
    {
        string dir = Folder("a.pdf", "scans/b.pdf");
        string glob = Path.Combine(dir, "**", "*.txt");
        var (exit, output, error) = Run("lint", dir, glob);
        exit.ShouldBe(ExitCodes.Error);
        output.ShouldBeEmpty();
        error.ShouldContain($"  {dir}: a folder with no file FilingLint reads (");
        error.ShouldContain($"  {glob}: a glob matching no file FilingLint reads (");
    }

    [Fact]
    public void Everything_left_out_by_exclude_is_exit_2_naming_the_excludes()
    {
        string dir = Folder("drafts/one.txt");
        var (exit, _, error) = Run("lint", dir, "--exclude", "**/drafts/*");
        exit.ShouldBe(ExitCodes.Error);
        error.ShouldContain($"  {dir}: a folder of 1 file(s), all left out by --exclude");
        error.ShouldContain("  --exclude **/drafts/*");
        // The same folder without the exclude is linted.
        Run("lint", dir).Exit.ShouldBe(ExitCodes.Findings);
    }

    [Fact]
    public void Beside_files_found_a_glob_matching_nothing_is_an_unreadable_input_that_says_it_is_a_glob()
    {
        string dir = Folder("one.txt");
        string glob = Path.Combine(dir, "*.htm");
        var (exit, output, _) = Run("lint", dir, glob, Path.Combine(dir, "gone.txt"));
        exit.ShouldBe(ExitCodes.Error);
        output.ShouldContain($"{glob}:1:1: error input.unreadable: cannot read this file: no file FilingLint reads matches this glob");
        output.ShouldContain($"gone.txt:1:1: error input.unreadable: cannot read this file: no such file or folder");
        output.ShouldContain("terms.inconsistent-agreement-name");
    }

    [Fact]
    public void Files_found_but_unchanged_since_the_ref_pass()
    {
        // The test output folder is in the repository but ignored by Git, so the seed there never shows as changed.
        var (exit, output, _) = Run("lint", Seed.Path, "--changed-since", "HEAD");
        exit.ShouldBe(ExitCodes.Clean);
        output.ShouldContain("in 0 files");
    }

    [Theory]
    [InlineData("[a-c].txt", '[')]
    [InlineData("*.{htm,html}", '{')]
    [InlineData("?.txt", '?')]
    public void A_glob_with_wildcards_of_another_dialect_is_refused(string name, char wildcard)
    {
        string dir = Folder("b.txt", "x.htm");
        var (exit, output, error) = Run("lint", Path.Combine(dir, name));
        exit.ShouldBe(ExitCodes.Error);
        output.ShouldBeEmpty();
        error.ShouldContain($"uses '{wildcard}', which FilingLint's globs do not support");
        Run("lint", dir, "--exclude", name).Err.ShouldContain($"uses '{wildcard}'");
    }

    [Fact]
    public void A_file_whose_name_has_bracket_characters_is_still_a_file()
    {
        string dir = Folder("draft [v2].txt");
        Run("lint", Path.Combine(dir, "draft [v2].txt")).Exit.ShouldBe(ExitCodes.Findings);
        Run("lint", Path.Combine(dir, "*.txt")).Exit.ShouldBe(ExitCodes.Findings);
    }

    [Fact]
    public void Configuration_globs_are_the_same_dialect()
    {
        string dir = Folder("drafts/sub/supplement.txt");
        string config = Path.Combine(dir, ".filinglint.yml");
        File.WriteAllText(config, "overrides:\n  - files: 'drafts/**/*.{txt,md}'\n    severity: { terms.inconsistent-agreement-name: info }\n");
        var (exit, _, error) = Run("lint", dir);
        exit.ShouldBe(ExitCodes.Error);
        error.ShouldContain($"{config}:2:12: error: the glob 'drafts/**/*.{{txt,md}}' uses '{{'");

        // A glob without a folder matches the name in any folder below the configuration; '**' any folders.
        File.WriteAllText(config, "overrides:\n  - files: 'supplement.txt'\n    severity: { terms.inconsistent-agreement-name: info }\n"
            + "  - files: 'drafts/**'\n    severity: { legend.rule-424b-header: info }\n");
        var linted = Run("lint", dir, "--format", "json");
        linted.Exit.ShouldBe(ExitCodes.Clean);
        linted.Out.ShouldNotContain("\"severity\": \"error\"");
        linted.Out.ShouldContain("\"severity\": \"info\"");
    }
}
