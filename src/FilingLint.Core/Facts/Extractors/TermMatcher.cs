using System.Globalization;
using System.Text.RegularExpressions;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Finds whole-word occurrences of a set of terms in one left-to-right pass, longest term first at each
/// position, non-overlapping, optionally with a plural "s": the matches of <c>(?&lt;!\w)(?:longest|…|shortest)s?(?!\w)</c>.
/// A regex alternation of hundreds of terms tries every branch at every letter; this looks up only the terms
/// that begin with the word found there, so the cost is linear in the text whatever the number of terms.
/// </summary>
internal sealed class TermMatcher
{
    private readonly bool plurals;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    // The first characters of the terms: a word that starts with none of them is passed over without a lookup.
    private readonly System.Buffers.SearchValues<char> initials;

    private static readonly System.Buffers.SearchValues<char> AsciiWordChars =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private static readonly System.Buffers.SearchValues<char> AsciiOtherChars = System.Buffers.SearchValues.Create(AsciiOthers());

    /// <summary>The ASCII characters that are not word characters. A loop, not LINQ over characters: generic code over a value type is compiled at run time, on every run's path.</summary>
    private static string AsciiOthers()
    {
        var others = new System.Text.StringBuilder();
        for (char c = '\0'; c < '\u0080'; c++)
            if (!AsciiWordChars.Contains(c)) others.Append(c);
        return others.ToString();
    }
    // Terms that begin with punctuation or a symbol cannot be keyed by a word; they are rare and left to a regex.
    private readonly Regex? others;

    public TermMatcher(IEnumerable<string> terms, bool plurals = false)
    {
        this.plurals = plurals;
        var distinct = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var byFirstWord = distinct.Where(t => IsWordChar(t[0]))
            .GroupBy(t => t[..WordEnd(t, 0)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var firsts = new char[byFirstWord.Count];
        int n = 0;
        foreach (string word in byFirstWord.Keys) firsts[n++] = word[0];
        initials = System.Buffers.SearchValues.Create(firsts);
        var rest = distinct.Where(t => !IsWordChar(t[0])).OrderByDescending(t => t.Length).ToList();
        if (rest.Count > 0)
            others = new Regex(@"(?<![\w])(?<t>" + string.Join('|', rest.Select(Regex.Escape)) + ")" + (plurals ? "s?" : "") + @"(?![\w])",
                RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
    }

    /// <summary>Each match as (start, the term matched, length with any plural "s"), in text order.</summary>
    public List<(int Start, string Term, int Length)> Matches(string text)
    {
        var found = new List<(int, string, int)>();
        int i = 0;
        while (i < text.Length)
        {
            // To the next character that can be a word's: an ASCII letter, digit or underscore, or any other than ASCII.
            int skip = text.AsSpan(i).IndexOfAnyExcept(AsciiOtherChars);
            if (skip < 0) break;
            i += skip;
            if (!IsWordChar(text[i])) { i++; continue; }
            int end = WordEnd(text, i);
            if (!initials.Contains(text[i])) { i = end; continue; }
            var word = text.AsSpan(i, end - i);
            lookup.TryGetValue(word, out var candidates);
            // A one-word term in the plural: the word found is the term and an "s".
            string[]? singular = null;
            if (plurals && word.Length > 1 && word[^1] == 's' && lookup.TryGetValue(word[..^1], out var shorter)) singular = shorter;
            var (term, length) = Longest(text, i, candidates, singular);
            if (term is not null)
            {
                found.Add((i, term, length));
                i += length;
            }
            else i = end;
        }
        if (others is not null)
        {
            // Rare: merge, the earlier match winning an overlap, as one regex scanning left to right would.
            var all = found.Concat(others.Matches(text).Select(m => (m.Index, m.Groups["t"].Value, m.Length)))
                .OrderBy(f => f.Item1).ToList();
            found = new List<(int, string, int)>(all.Count);
            int covered = 0;
            foreach (var f in all)
            {
                if (f.Item1 < covered) continue;
                found.Add(f);
                covered = f.Item1 + f.Item3;
            }
        }
        return found;
    }

    /// <summary>The regex's choice at one position: the longest term first, with its "s" when that also ends a word.</summary>
    private (string? Term, int Length) Longest(string text, int at, string[]? candidates, string[]? singular)
    {
        string? best = null;
        int bestLength = 0;
        // Two lists without an array of them: this runs at every word of the text.
        Longest(text, at, candidates, ref best, ref bestLength);
        Longest(text, at, singular, ref best, ref bestLength);
        return (best, bestLength);
    }

    private void Longest(string text, int at, string[]? list, ref string? best, ref int bestLength)
    {
        if (list is null) return;
        foreach (string term in list)
        {
            if (best is not null && term.Length <= best.Length) break;
            int length = MatchLength(text, at, term);
            if (length > 0) { best = term; bestLength = length; break; }
        }
    }

    private int MatchLength(string text, int at, string term)
    {
        if (term.Length > text.Length - at || !text.AsSpan(at, term.Length).SequenceEqual(term)) return 0;
        int after = at + term.Length;
        if (plurals && after < text.Length && text[after] == 's' && (after + 1 >= text.Length || !IsWordChar(text[after + 1]))) return term.Length + 1;
        return after < text.Length && IsWordChar(text[after]) ? 0 : term.Length;
    }

    private static int WordEnd(string s, int i)
    {
        while (true)
        {
            // Vectorized over ASCII word characters; any other character is classified on its own.
            int run = s.AsSpan(i).IndexOfAnyExcept(AsciiWordChars);
            if (run < 0) return s.Length;
            i += run;
            if (!IsWordChar(s[i])) return i;
            i++;
        }
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
