using System.Text.RegularExpressions;
using FilingLint.Findings;

namespace FilingLint.Configuration;

/// <summary>Settings of a <c>.filinglint.yml</c> that apply only to files matching its globs (relative to <see cref="BaseDirectory"/>).</summary>
internal sealed record ConfigOverride(IReadOnlyList<Regex> Files, string BaseDirectory,
    IReadOnlyDictionary<string, Severity?> Severity, string? Form)
{
    public bool Matches(string path)
    {
        string relative = Path.GetRelativePath(BaseDirectory, Path.GetFullPath(path)).Replace('\\', '/');
        return Files.Any(f => f.IsMatch(relative));
    }
}
