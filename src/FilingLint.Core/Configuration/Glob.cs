using Microsoft.Extensions.FileSystemGlobbing;

namespace FilingLint.Configuration;

/// <summary>
/// The one glob dialect of FilingLint, for paths and <c>--exclude</c> on the command line and <c>files:</c> in
/// <c>.filinglint.yml</c>: Microsoft.Extensions.FileSystemGlobbing's. <c>*</c> is any characters within a name,
/// <c>**</c> any folders, '/' separates folders, and case matters. That library takes <c>?</c>, <c>[a-c]</c> and
/// <c>{a,b}</c> as plain characters, so a glob using them would silently match nothing: <see cref="Problem"/> refuses it.
/// </summary>
internal static class Glob
{
    private static readonly char[] Unsupported = ['?', '[', ']', '{', '}'];

    /// <summary>True when the text has a wildcard, or a character that other dialects take for one.</summary>
    public static bool IsGlob(string text) => text.Contains('*') || text.IndexOfAny(Unsupported) >= 0;

    /// <summary>Why this glob cannot be used, or null when it can.</summary>
    public static string? Problem(string glob)
    {
        int at = glob.IndexOfAny(Unsupported);
        if (at < 0) return null;
        return $"the glob '{glob}' uses '{glob[at]}', which FilingLint's globs do not support: only '*' (within a name) and "
            + "'**' (any folders) are wildcards; give alternatives as separate globs ('*.htm' '*.html')";
    }

    /// <summary>A matcher of relative paths ('/'-separated) against any of the globs.</summary>
    public static Matcher Matcher(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var glob in globs) matcher.AddInclude(glob.Replace('\\', '/'));
        return matcher;
    }
}
