using System.Text;
using System.Text.RegularExpressions;

namespace FilingLint.Configuration;

/// <summary>A file glob of <c>.filinglint.yml</c> overrides: <c>**</c> any folders, <c>*</c> and <c>?</c> within a name; '/' separates folders.</summary>
internal static class Glob
{
    public static Regex ToRegex(string glob)
    {
        var pattern = new StringBuilder("^");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool slash = i + 2 < glob.Length && glob[i + 2] == '/';
                pattern.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') pattern.Append("[^/]*");
            else if (c == '?') pattern.Append("[^/]");
            else pattern.Append(Regex.Escape(c.ToString()));
        }
        // A glob without a folder matches the file name anywhere below the configuration, as in .gitignore.
        string prefix = glob.Contains('/') ? "" : "(?:.*/)?";
        return new Regex("^" + prefix + pattern.ToString()[1..] + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
