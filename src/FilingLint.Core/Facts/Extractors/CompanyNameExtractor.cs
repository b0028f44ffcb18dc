using System.Text;
using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Company names, found by their legal ending (Inc., LLC, Ltd., L.P., P.A., ...) and the capitalized words before it,
/// grouped by their letters: a legal name has one spelling, so a writing whose letters are those of a name the
/// filing usually writes another way, with commas or periods moved (“Larkspur, Tide Inc.”) or its words in another order
/// (“Acme 2 SPV, LLC” for “Acme SPV 2, LLC”), is a slip. The legal ending itself may be written either way (“L.P.”,
/// “LP”; “Acme, Inc.”, “Acme Inc.”). Only a writing rarer than the usual one is reported: with one writing each, the
/// filing does not say which is right.
/// </summary>
internal sealed partial class CompanyNameExtractor : IFactExtractor
{
    private const int MaxRare = 2;
    private const int MaxWords = 8;

    [GeneratedRegex(@"(?<![\p{L}\p{N}.&])(?:Inc|INC|Incorporated|INCORPORATED|Corp|CORP|Corporation|CORPORATION|Ltd|LTD|Limited|LIMITED|LLC|L\.L\.C|LLP|L\.L\.P|L\.P|LP|P\.A|P\.C|PLLC|N\.A|plc|PLC)\.?(?![\p{L}\p{N}])")]
    private static partial Regex LegalEnding();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        var names = new List<(string Form, string Words, SourceSpan Span)>();
        foreach (Match ending in LegalEnding().Matches(text))
        {
            int start = NameStart(text, ending.Index);
            if (start < 0) continue;
            var span = SourceSpan.FromBounds(start, ending.Index + ending.Length);
            // The ending is compared by its letters, and the comma before it is left out: “Acme Inc.”, “Acme, Inc” and
            // “Acme, Inc.” are one writing, as style guides leave that comma and period to the writer.
            names.Add((Form(text.AsSpan(start, ending.Index - start).TrimEnd().TrimEnd(',')) + " " + Letters(ending.Value),
                string.Join(' ', LowerWords(text.Substring(span.Start, span.Length)).Order(StringComparer.Ordinal)), span));
        }
        if (names.Count < 2) return;

        Report(context, names.GroupBy(n => Letters(n.Form)));
        // Words in another order: only between names whose letters differ, so one writing is never reported twice.
        Report(context, names.GroupBy(n => n.Words)
            .Where(g => g.Select(n => Letters(n.Form)).Distinct().Count() > 1));
        // “Company” dropped before the ending (“Acme Transfer, Inc.” for “Acme Transfer Company, Inc.”): the one word
        // a writer drops because the ending seems to say it already.
        Report(context, names.GroupBy(n => Letters(WithoutCompany(n.Form)))
            .Where(g => g.Select(n => Letters(n.Form)).Distinct().Count() > 1));
    }

    /// <summary>The form less a “Company” just before its legal ending.</summary>
    private static string WithoutCompany(string form)
    {
        int space = form.LastIndexOf(' ');
        var name = form.AsSpan(0, space);
        return name.EndsWith("Company", StringComparison.OrdinalIgnoreCase) && name.Length > "Company".Length
            ? string.Concat(name[..^"Company".Length], form.AsSpan(space))
            : form;
    }

    private static void Report(FactContext context, IEnumerable<IGrouping<string, (string Form, string Words, SourceSpan Span)>> groups)
    {
        foreach (var group in groups)
        {
            var writings = group.GroupBy(n => n.Form.ToLowerInvariant()).OrderByDescending(w => w.Count()).ToList();
            if (writings.Count < 2 || writings[0].Count() == writings[1].Count()) continue;
            var usual = writings[0];
            // Shown as the filing writes it in running text rather than in a capitalized heading or signature block.
            var shown = usual.FirstOrDefault(n => !IsAllCaps(context.Text.AsSpan(n.Span.Start, n.Span.Length)), usual.First());
            string expected = context.Text.Substring(shown.Span.Start, shown.Span.Length);
            foreach (var rare in writings.Skip(1))
            {
                if (rare.Count() > MaxRare) continue;
                foreach (var (_, _, span) in rare)
                    context.CompanyNameVariants.Add(new CompanyNameVariant(Spaces.Collapse(context.Text.Substring(span.Start, span.Length)),
                        Spaces.Collapse(expected), usual.Count(), span));
            }
        }
    }

    /// <summary>
    /// Where the name ending at <paramref name="ending"/> begins: the capitalized words, initials, “&amp;” and short
    /// numbers (“Acme 2 SPV”) before it, back to a lower-case word, a date, a quotation, a sentence's end or another
    /// company's legal ending; -1 when no word is left.
    /// </summary>
    private static int NameStart(string text, int ending)
    {
        int start = -1, i = ending, words = 0;
        while (words < MaxWords)
        {
            int end = i;
            while (end > 0 && text[end - 1] == ' ') end--;
            if (end == i && i != ending) break;
            int s = end;
            while (s > 0 && !char.IsWhiteSpace(text[s - 1])) s--;
            if (s == end) break;
            var token = text.AsSpan(s, end - s);
            if (token[^1] == ',') token = token[..^1];
            if (token.Length == 0 || !IsNameWord(token, text, s)) break;
            start = s;
            i = s;
            words++;
        }
        return start >= 0 && HasLetterWord(text.AsSpan(start, ending - start)) ? start : -1;
    }

    private static bool IsNameWord(ReadOnlySpan<char> token, string text, int at)
    {
        if (token is "&") return true;
        if (LegalEnding().IsMatch(token.ToString()) && IsWholeEnding(token)) return false;
        if (char.IsDigit(token[0]))
        {
            // “Acme 2 SPV”, not the day or year of “On July 1, 2025, Acme Inc.”
            if (token.Length > 3 || !AllDigits(token)) return false;
            return !PreviousIsMonth(text, at);
        }
        if (!char.IsUpper(token[0]) || Array.IndexOf(DateParser.FullMonthNames, token.ToString()) >= 0) return false;
        foreach (char c in token)
            if (!(char.IsLetterOrDigit(c) || c is '.' or '\'' or '’' or '-' or '/' or '&')) return false;
        // A word closing a sentence (“in Hong Kong.”) is not part of the next name; initials (“W.”, “J.K.L.”) and “Co.” are.
        if (token[^1] == '.' && !IsInitials(token) && token is not "Co." and not "CO.") return false;
        return true;
    }

    private static bool IsWholeEnding(ReadOnlySpan<char> token)
    {
        var m = LegalEnding().Match(token.ToString());
        return m.Success && m.Index == 0 && m.Length == token.Length;
    }

    private static bool IsInitials(ReadOnlySpan<char> token)
    {
        // One or more capital letters each followed by a period, possibly joined to a name by a slash (“J.K.L./Harbor”).
        int i = 0;
        while (i + 1 < token.Length && char.IsUpper(token[i]) && token[i + 1] == '.') i += 2;
        return i == token.Length && i > 0;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> name)
    {
        foreach (char c in name) if (char.IsLower(c)) return false;
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> token)
    {
        foreach (char c in token) if (!char.IsDigit(c)) return false;
        return true;
    }

    private static bool PreviousIsMonth(string text, int at)
    {
        int e = at;
        while (e > 0 && text[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return Array.IndexOf(DateParser.FullMonthNames, text[s..e]) >= 0;
    }

    private static bool HasLetterWord(ReadOnlySpan<char> name)
    {
        foreach (char c in name) if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>The name without its spaces and closing period: how it is spelt, whatever the line breaks.</summary>
    private static string Form(ReadOnlySpan<char> name)
    {
        var b = new StringBuilder(name.Length);
        foreach (char c in name) if (!char.IsWhiteSpace(c)) b.Append(c == '’' ? '\'' : c);
        if (b.Length > 0 && b[^1] == '.') b.Length--;
        return b.ToString();
    }

    private static string Letters(string form)
    {
        var b = new StringBuilder(form.Length);
        foreach (char c in form) if (char.IsLetterOrDigit(c)) b.Append(char.ToLowerInvariant(c));
        return b.ToString();
    }

    private static IEnumerable<string> LowerWords(string name) => Words.Pattern().Matches(name).Select(m => m.Value.ToLowerInvariant());
}
