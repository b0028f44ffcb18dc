using System.Globalization;
using System.Text.RegularExpressions;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Finds whole-word occurrences of a set of terms in one left-to-right pass, longest term first at each
/// position, non-overlapping: the matches of <c>(?&lt;!\w)(?:longest|…|shortest)(?!\w)</c>. A regex alternation
/// of hundreds of terms tries every branch at every letter; this looks up only the terms that begin with the
/// word found there, so the cost is linear in the text whatever the number of terms.
/// </summary>
internal sealed class TermMatcher
{
    private readonly Dictionary<string, string[]> byFirstWord;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    // Terms that begin with punctuation or a symbol cannot be keyed by a word; they are rare and left to a regex.
    private readonly Regex? others;

    public TermMatcher(IEnumerable<string> terms)
    {
        var distinct = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        byFirstWord = distinct.Where(t => IsWordChar(t[0]))
            .GroupBy(t => t[..WordEnd(t, 0)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = distinct.Where(t => !IsWordChar(t[0])).OrderByDescending(t => t.Length).ToList();
        if (rest.Count > 0)
            others = new Regex(@"(?<![\w])(?:" + string.Join('|', rest.Select(Regex.Escape)) + @")(?![\w])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
    }

    /// <summary>Each match as (start, term), in text order.</summary>
    public List<(int Start, string Term)> Matches(string text)
    {
        var found = new List<(int, string)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            int end = WordEnd(text, i);
            string? hit = null;
            if (lookup.TryGetValue(text.AsSpan(i, end - i), out var candidates))
            {
                foreach (string term in candidates)
                {
                    if (term.Length > text.Length - i || !text.AsSpan(i, term.Length).SequenceEqual(term)) continue;
                    int after = i + term.Length;
                    if (after < text.Length && IsWordChar(text[after])) continue;
                    hit = term;
                    break;
                }
            }
            if (hit is not null)
            {
                found.Add((i, hit));
                i += hit.Length;
            }
            else i = end;
        }
        if (others is not null)
        {
            // Rare: merge, the earlier match winning an overlap, as one regex scanning left to right would.
            var all = found.Concat(others.Matches(text).Select(m => (m.Index, m.Value))).OrderBy(f => f.Item1).ToList();
            found = new List<(int, string)>(all.Count);
            int covered = 0;
            foreach (var f in all)
            {
                if (f.Item1 < covered) continue;
                found.Add(f);
                covered = f.Item1 + f.Item2.Length;
            }
        }
        return found;
    }

    private static int WordEnd(string s, int i)
    {
        while (i < s.Length && IsWordChar(s[i])) i++;
        return i;
    }

    /// <summary>The regex class <c>\w</c>: letters, non-spacing marks, decimal digits, connector punctuation.</summary>
    internal static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c > 127 && char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
