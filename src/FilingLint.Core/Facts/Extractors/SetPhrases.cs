using System.Text.RegularExpressions;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Set phrases of securities drafting whose usual slips are other English words, so neither a dictionary nor the
/// filing's own spellings (<see cref="MisspellingExtractor"/>) can see them: “black trades” in a plan of distribution,
/// “lass A” stock, a word dropped from “shares of restricted stock”. Each slip is matched with the words around it that
/// make it one, and mapped to the phrase meant.
/// </summary>
internal static partial class SetPhrases
{
    /// <summary>A slip found: where, what it should read, and whether a word was dropped rather than mistyped.</summary>
    public readonly record struct Slip(int Start, int Length, string Expected, bool Dropped);

    // A plan of distribution's "block trades" and "block positioners"; "black" qualifies neither. Each pattern is led by
    // a literal or a rare character, so a long filing is searched for it rather than tried at every letter.
    [GeneratedRegex(@"(?<=\b(?<b>[Bb]))lack\s+(?<noun>trades?|positioners?)\b")]
    private static partial Regex Block();

    // "Class A Common Stock" with its first letter lost: "lass" before a class letter and the security.
    [GeneratedRegex(@"\blass\s+(?<letter>[A-Z])\s+(?=(?:[Cc]ommon|[Oo]rdinary|[Pp]referred|[Ss]hares?|[Ss]tock|[Uu]nits?|[Ww]arrants?)\b)")]
    private static partial Regex Class();

    // "formerly known as" and "now known as" are f/k/a and n/k/a, or f.k.a. and n.k.a.: not stops and slashes mixed.
    [GeneratedRegex(@"(?<=(?<![\w./])(?<f>[fn]))(?<s1>[./]{1,2})k(?<s2>[./]{1,2})a(?<s3>\.?)(?![\w/])")]
    private static partial Regex KnownAs();

    // The noun of "restricted stock" or "beneficial owner" dropped before the words that follow it.
    [GeneratedRegex(@"\bshares\s+of\s+restricted\s+(?=(?:under|pursuant|that|which|will|vest|granted|issued)\b)")]
    private static partial Regex RestrictedStock();

    [GeneratedRegex(@"(?<=\b(?<det>the|a|sole)\s+)beneficial\s+(?=of\b)")]
    private static partial Regex BeneficialOwner();

    public static IEnumerable<Slip> Find(string text)
    {
        foreach (Match m in Block().Matches(text))
            yield return new Slip(m.Index - 1, m.Length + 1, m.Groups["b"].Value + "lock " + m.Groups["noun"].Value, false);
        foreach (Match m in Class().Matches(text))
            yield return new Slip(m.Index, m.Groups["letter"].Index + 1 - m.Index, "Class " + m.Groups["letter"].Value, false);
        foreach (Match m in KnownAs().Matches(text))
        {
            string separators = m.Groups["s1"].Value + m.Groups["s2"].Value + m.Groups["s3"].Value;
            if (!separators.Contains('.') || !separators.Contains('/')) continue;
            string f = m.Groups["f"].Value;
            yield return new Slip(m.Index - 1, m.Length + 1, f + "/k/a", false);
        }
        foreach (Match m in RestrictedStock().Matches(text))
            yield return Dropped(m, "stock");
        foreach (Match m in BeneficialOwner().Matches(text))
        {
            // The slip is shown from its article: "the beneficial of".
            var det = m.Groups["det"];
            string written = text[det.Index..(m.Index + m.Value.TrimEnd().Length)];
            yield return new Slip(det.Index, written.Length, Spaces.Collapse(written) + " owner", true);
        }
    }

    private static Slip Dropped(Match m, string noun)
    {
        string written = m.Value.TrimEnd();
        return new Slip(m.Index, written.Length, Spaces.Collapse(written) + " " + noun, true);
    }
}
