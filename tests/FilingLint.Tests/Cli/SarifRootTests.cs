using System.Text.Json;
using FilingLint.Cli;
using FilingLint.Cli.Commands;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Cli;

/// <summary>SARIF artifact URIs are relative to <c>--sarif-root</c>, by default the Git repository's root.</summary>
public class SarifRootTests
{
    private static JsonElement Artifact(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results")[0]
        .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

    [Fact]
    public void Sarif_root_makes_uris_relative_to_that_folder()
    {
        string dir = CliRun.TempDir();
        string filing = Path.Combine(dir, "filings", "2024", "supplement.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(filing)!);
        File.WriteAllText(filing, Seed.Text);

        var (exit, output, _) = CliRun.Run("lint", filing, "--format", "sarif", "--sarif-root", dir);
        exit.ShouldBe(ExitCodes.Findings);
        Artifact(output).GetProperty("uri").GetString().ShouldBe("filings/2024/supplement.txt");
        JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%")
            .GetProperty("uri").GetString().ShouldBe(new Uri(dir + "/").AbsoluteUri);

        // Given a folder below the file, the file is outside it: an absolute URI, not ../../.
        var below = CliRun.Run("lint", filing, "--format", "sarif", "--sarif-root", Path.Combine(dir, "filings", "2024", "other"));
        Artifact(below.Out).GetProperty("uri").GetString().ShouldBe(new Uri(filing).AbsoluteUri);
        below.Out.ShouldNotContain("../");
    }

    [Fact]
    public void By_default_the_root_is_the_repository_root_else_the_current_folder()
    {
        // The tests run in a Git working tree (a worktree has a .git file, a clone a .git folder).
        SarifRoot.RepositoryRoot(AppContext.BaseDirectory).ShouldBe(Repository.Root);
        SarifRoot.RepositoryRoot(Path.Combine(Repository.Root, "rules", "sec")).ShouldBe(Repository.Root);
        string outside = Path.Combine(Path.GetTempPath(), "filinglint-no-git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        SarifRoot.RepositoryRoot(outside).ShouldBeNull();
        SarifRoot.Resolve("relative/root").ShouldBe(Path.GetFullPath("relative/root"));
    }
}
