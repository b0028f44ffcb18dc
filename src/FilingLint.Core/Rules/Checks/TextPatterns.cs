using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Rules.Checks;

/// <summary>The regular expressions of a text check, compiled once at load with a match timeout.</summary>
internal static class TextPatterns
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static IReadOnlyList<(Regex Regex, string Display)> Compile(TextCheckOptions options)
    {
        var flags = RegexOptions.CultureInvariant | (options.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var list = options.Patterns.Select(p => (new Regex(p.Value, flags, MatchTimeout), p.Means ?? p.Value)).ToList();
        // Literal text matches across any whitespace and any style of quote, as filings vary in both.
        foreach (var t in options.Text)
        {
            string pattern = string.Concat(t.Value.Select(c => c switch
            {
                ' ' => @"\s+",
                '"' or '“' or '”' => "[\"“”]",
                '\'' or '‘' or '’' => "['‘’]",
                _ => Regex.Escape(c.ToString()),
            }));
            list.Add((new Regex(pattern, flags, MatchTimeout), t.Value));
        }
        return list;
    }

    public static SourceSpan ScopeOf(Document document, string scope) =>
        scope == "cover" ? document.CoverPage : new SourceSpan(0, document.Text.Length);
}
