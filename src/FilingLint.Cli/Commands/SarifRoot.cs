namespace FilingLint.Cli.Commands;

/// <summary>
/// The folder SARIF artifact URIs are relative to: code scanning resolves them against the repository's root, so by
/// default the root of the Git working tree around the current folder (a <c>.git</c> folder, or a <c>.git</c> file in a
/// worktree or submodule), else the current folder.
/// </summary>
internal static class SarifRoot
{
    public static string Resolve(string? given) =>
        given is not null ? Path.GetFullPath(given) : RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>.git</c>; null outside a repository.</summary>
    internal static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            string git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return dir.FullName;
        }
        return null;
    }
}
