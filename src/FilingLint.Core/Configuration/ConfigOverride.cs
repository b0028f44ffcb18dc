using FilingLint.Findings;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FilingLint.Configuration;

/// <summary>
/// Settings of a <c>.filinglint.yml</c> that apply only to files matching its globs (<see cref="Glob"/>, relative to
/// <see cref="BaseDirectory"/>). A glob without a '/' matches the file name in any folder below, as in .gitignore.
/// </summary>
internal sealed record ConfigOverride(IReadOnlyList<string> Files, string BaseDirectory,
    IReadOnlyDictionary<string, Severity?> Severity, string? Form)
{
    private readonly Matcher matcher =
        Glob.Matcher(Files.Select(f => f.Contains('/') ? f : "**/" + f));

    public bool Matches(string path)
    {
        string relative = Path.GetRelativePath(BaseDirectory, Path.GetFullPath(path)).Replace('\\', '/');
        return matcher.Match(relative).HasMatches;
    }
}
