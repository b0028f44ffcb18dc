using System.Diagnostics;

namespace FilingLint.Cli.Commands;

/// <summary>
/// <c>--changed-since REF</c>: the files Git reports as changed between REF and the working tree
/// (<c>git diff --name-only REF</c>), as full paths, for linting only what a pull request touches.
/// </summary>
internal static class ChangedFiles
{
    /// <exception cref="InvalidOperationException">Git is missing, this is not a repository, or REF is unknown.</exception>
    public static IReadOnlySet<string> Since(string reference, string? repositoryFolder = null)
    {
        if (reference.StartsWith('-')) throw new InvalidOperationException($"'{reference}' is not a Git ref");
        string folder = repositoryFolder ?? Directory.GetCurrentDirectory();
        string root = Git(folder, ["rev-parse", "--show-toplevel"]).Trim();
        var names = Git(folder, ["diff", "--name-only", "--no-renames", "-z", reference, "--"]);
        return names.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => Path.GetFullPath(Path.Combine(root, n)))
            .Where(File.Exists)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Git(string folder, string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("could not start git");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"could not run git: {e.Message}");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error.Result.Trim()}");
            return output;
        }
    }
}
