using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>Capitalized phrases used the way defined terms are ("the Shares", "this Offering"), whether or not the filing defines them.</summary>
internal sealed partial class TermCandidateExtractor : IFactExtractor
{
    // The whole capitalized phrase: not followed by another capitalized word, "No." or "of X" (then it is part of a longer
    // name), nor by a possessive that opens one ("the Stockholders’ Agreement", "Minimum Stockholders’ Equity"). The
    // nouns are those filings coin terms with; "Program" (and "Investors", "Purchasers") as often names a public program
    // or a contract's parties, so such a phrase is a term only where the filing also writes it in lower case (the
    // "Staking Program" of a "staking program"): a name is never written so (measured: tests/README.md, "Accuracy").
    [GeneratedRegex(@"\b(?i:the|this|such|these|each|any|our|its|their)\s+(?<t>(?:[A-Z][\w-]* +){0,4}(?:Agreements?|Supplement|Shares|Offering|Plan|Notes?|Warrants|Placement|Fee|Securities|(?:Stock|Share|Security)holders?|Limitation|(?<twin>Program|Investors|Purchasers)))\b(?!\s+(?:[A-Z0-9&]|of\s+[A-Z]|and\s+[A-Z]|dated\b)|,\s*dated\b)(?!-|[’']s?\s+[A-Z])")]
    private static partial Regex Candidate();

    public void Extract(FactContext context)
    {
        // A term defined in lower case ("the “warrants”") or in its other number is the same term capitalized or counted
        // again. What a definition names ("placement agent warrants (the “May Warrants”)") and a dated document's title
        // count only as written: lower-case words describe, they do not define.
        var defined = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in context.DefinedTerms)
        {
            defined.Add(term.Term);
            foreach (var d in term.Definitions)
                if (!IsAcronymOfOtherWords(term.Term, d.Antecedent)) named.Add(d.Antecedent);
        }
        // "On June 11, we entered into the Funding Agreement with X" identifies the agreement in place, by its date and
        // parties, for the uses that follow; a use before it reads as a term the filing never defined.
        var identifiedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reference in context.DocumentReferences)
        {
            if (reference.NamesTitle) named.Add(reference.Name);
            else if (!identifiedAt.TryGetValue(reference.Name, out int at) || reference.Span.Start < at) identifiedAt[reference.Name] = reference.Span.Start;
        }
        var properWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in context.Parties.Select(p => p.Name).Append(context.Issuer ?? ""))
            foreach (var w in name.Split(' ', ',')) if (w.Length > 2 && w != "Inc." && w != "Co.") properWords.Add(w);

        var titleNouns = CoverTitleNouns(context);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var twins = new Dictionary<string, bool>(StringComparer.Ordinal); // a phrase's lower-case twin, looked for once
        foreach (Match m in Candidate().Matches(context.Text))
        {
            var group = m.Groups["t"];
            string text = Spaces.Collapse(group.Value);
            if (!char.IsUpper(text[0]) || !text.Any(char.IsLower)) continue;
            if (group.Index >= context.ProspectusEnd) break;
            if (context.IsInTitleOrQuote(group.Index)) continue;
            if (m.Groups["twin"].Success)
            {
                if (!twins.TryGetValue(text, out bool twin)) twins[text] = twin = text.Contains(' ') && HasLowerCaseTwin(context.Text, text);
                if (!twin) continue;
            }
            bool isDefined = titleNouns.Contains(text) || IsDefined(text, defined) || IsDefined(text, named) || context.TermsDefinedElsewhere.Contains(text)
                || identifiedAt.TryGetValue(text, out int identified) && identified <= group.Index + group.Length;
            // A term noun alone is never a name, though a name may hold it ("Yorkville Securities, LLC" and "the Securities").
            bool proper = text.Any(char.IsDigit) || text.Contains(' ') && text.Split(' ').Any(properWords.Contains) || TreatyNames.Contains(text);
            bool agreement = text.EndsWith("Agreement", StringComparison.Ordinal) || text.EndsWith("Agreements", StringComparison.Ordinal);
            context.TermCandidates.Add(new TermCandidate(text, isDefined, proper, agreement, seen.Add(text), new SourceSpan(group.Index, group.Length)));
        }
    }

    /// <summary>
    /// An acronym whose letters the capitalized words before it do not begin: “VWAP” after "the volume weighted average
    /// price of the Securities" abbreviates the lower-case words, so "Securities" is not what it names.
    /// </summary>
    private static bool IsAcronymOfOtherWords(string term, string antecedent)
    {
        if (term.Length < 2 || !term.All(char.IsUpper)) return false;
        var initials = new string(antecedent.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])).ToArray());
        return !initials.Contains(term[0]);
    }

    /// <summary>The phrase written elsewhere all in lower case, as a phrase of its own ("our staking program").</summary>
    private static bool HasLowerCaseTwin(string text, string phrase)
    {
        string lower = phrase.ToLowerInvariant();
        for (int at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            int end = at + lower.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    /// <summary>The term or its other number is defined: "Notes" for a defined "Note", "Securities" for "Security" and back.</summary>
    private static bool IsDefined(string text, HashSet<string> defined) =>
        defined.Contains(text)
        || text.EndsWith("ies", StringComparison.Ordinal) && defined.Contains(text[..^3] + "y")
        || text.EndsWith('y') && defined.Contains(text[..^1] + "ies")
        || text.EndsWith('s') && defined.Contains(text[..^1]) || defined.Contains(text + "s");

    /// <summary>
    /// The noun of a title in capitals on the cover page: a prospectus for a "DIVIDEND REINVESTMENT AND STOCK
    /// PURCHASE PLAN" calls it "the Plan" without defining it; the title is its definition.
    /// </summary>
    private static HashSet<string> CoverTitleNouns(FactContext context)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        var cover = context.Document.CoverPage;
        foreach (var block in context.Document.Blocks)
        {
            if (block.Span.Start >= cover.End) break;
            string title = context.Document.Slice(block.Span).Trim();
            if (title.Length is < 8 or > 100 || title.Any(char.IsLower) || !title.Contains(' ')) continue;
            string last = title.Split(' ')[^1];
            if (last is "PLAN" or "NOTES" or "OFFERING") nouns.Add(last[0] + last[1..].ToLowerInvariant());
        }
        return nouns;
    }
}
