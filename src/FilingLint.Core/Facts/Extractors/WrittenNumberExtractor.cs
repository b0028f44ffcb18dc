using System.Globalization;
using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>Finds numbers written in words followed by their figure in parentheses, and reads both.</summary>
internal sealed partial class WrittenNumberExtractor : IFactExtractor
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
    };

    private const string Word = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion";

    [GeneratedRegex(@"\b(?<words>(?:" + Word + @")(?:(?:[\s-]+(?:and[\s-]+)?)(?:" + Word + @"))*)(?:\s+(?:U\.S\.\s+)?dollars)?\s*\(\s*(?<figure>\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:million|billion))?%?)\s*\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex WordsAndFigure();

    public void Extract(FactContext context)
    {
        foreach (Match m in Candidates(context.Text))
        {
            string words = m.Groups["words"].Value;
            string figure = m.Groups["figure"].Value;
            if (ReadWords(words) is not { } wordsValue || ReadFigure(figure) is not { } figureValue) continue;
            context.WrittenNumbers.Add(new WrittenNumber(m.Value, words, wordsValue, figure, figureValue, new SourceSpan(m.Index, m.Length)));
        }
    }

    /// <summary>
    /// The pattern's matches, found only where they can be: before a "(" that opens a figure. Scanning the whole
    /// text tried the number words at nearly every word; this runs the pattern on a short window per figure. The
    /// window starts after the previous "(" (a match cannot contain one) and at a word boundary, so the matches
    /// are those of a scan of the whole text.
    /// </summary>
    internal static IEnumerable<Match> Candidates(string text)
    {
        int previous = -1;
        for (int open = text.IndexOf('('); open >= 0; previous = open, open = text.IndexOf('(', open + 1))
        {
            int close = text.IndexOf(')', open, Math.Min(40, text.Length - open));
            // A figure has a digit and no other "(" before its ")"; an inner "(" is a candidate of its own.
            if (close < 0 || !text.AsSpan(open + 1, close - open - 1).ContainsAnyInRange('0', '9') || text.AsSpan(open + 1, close - open - 1).Contains('(')) continue;
            int start = Math.Max(previous + 1, open - 300);
            if (start > previous + 1)
                while (start < open && TermMatcher.IsWordChar(text[start]) && TermMatcher.IsWordChar(text[start - 1])) start++;
            var m = WordsAndFigure().Match(text, start, close + 1 - start);
            if (m.Success) yield return m;
        }
    }

    /// <summary>"one hundred twenty-five thousand" → 125000; null for word runs that are not one number.</summary>
    internal static decimal? ReadWords(string words)
    {
        decimal total = 0, current = 0;
        bool any = false;
        foreach (var token in words.Split([' ', '-', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (Units.TryGetValue(token, out int unit)) current += unit;
            else if (token.Equals("hundred", StringComparison.OrdinalIgnoreCase)) current = (current == 0 ? 1 : current) * 100;
            else if (Scales.TryGetValue(token, out var scale))
            {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
            }
            else return null;
            any = true;
        }
        return any ? total + current : null;
    }

    /// <summary>"$5,000,000" → 5000000; "$5.5 million" → 5500000; "30" → 30; "5%" → 5.</summary>
    internal static decimal? ReadFigure(string figure)
    {
        var m = Regex.Match(figure, @"(?<n>[\d,]+(?:\.\d+)?)\s*(?<scale>million|billion)?", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        if (!decimal.TryParse(m.Groups["n"].Value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return null;
        return m.Groups["scale"].Success ? value * Scales[m.Groups["scale"].Value] : value;
    }
}
