using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Defined terms in the forms filings use: <c>(the “Sales Agreement”)</c>, <c>(“Agent”)</c>,
/// <c>(the "Company," "we," "us")</c>, <c>(collectively, the “Notes”)</c>, lower-case ones; and every later use,
/// found in one pass over the text.
/// </summary>
internal sealed partial class DefinedTermExtractor : IFactExtractor
{
    [GeneratedRegex(@"\((?<lead>\s*(?:(?:the|this|a|an|our|each|collectively|together|individually|herein|hereinafter|referred\s+to\s+(?:herein\s+)?as|or|and)\b,?\s*)*)(?<terms>[“""][^”""()\n]{1,80}[”""](?:\s*,?\s*(?:and|or)?\s*(?:(?:collectively|together)\s*,?\s*)?(?:the\s+)?[“""][^”""()\n]{1,80}[”""])*)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Definition();

    /// <summary>
    /// Outside a parenthesis: "Each of (a), (b) and (c) is herein referred to as a “Plan.”". Not a definition
    /// another document makes: "is defined as a “Discount Security” in the Indenture".
    /// </summary>
    [GeneratedRegex(@"\b(?:referred\s+to|refer\s+to\s+(?:it|them)|defined)\s+(?:herein\s+|hereinafter\s+|below\s+)?as\s+(?:the\s+|a\s+|an\s+)?[“""](?<t>[A-Z][^”""\n]{0,79}?)[.,]?[”""](?!\s+in\s+the\s+[A-Z])")]
    private static partial Regex ReferredToAsDefinition();

    [GeneratedRegex(@"[“""](?<t>[^”""]{1,80})[”""]")]
    private static partial Regex QuotedTerm();

    [GeneratedRegex(@"\s*,?\s*(?:each\s+)?dated\s+(?:as\s+of\s+)?\S+\s+\d{1,2},?\s+\d{4}\s*,?\s*$")]
    private static partial Regex TrailingDatedClause();

    /// <summary>
    /// Unquoted: "a severance and change in control plan, or the CiC Plan, in which", "..., or the sales agreement,".
    /// Only "or": ", and X," ends a list ("Coronavirus Aid, Relief, and Economic Security Act").
    /// </summary>
    [GeneratedRegex(@", or (?:the |our )?(?<t>[A-Z][\w-]*(?: [A-Z][\w-]*){0,5}|[a-z][\w-]*(?: [a-z][\w-]*){0,3} agreement)(?=[,)]| \(|\.(?:\s|$))")]
    private static partial Regex UnquotedDefinition();

    /// <summary>A parenthesis with any lead before the term: "(as amended in December 2021, the “Whitehead Agreement”)".</summary>
    [GeneratedRegex(@"\([^()“”""\n]{1,100}?, (?:the )?[“""](?<t>[^”""()\n]{1,80})[”""]\s*\)")]
    private static partial Regex LeadDefinition();

    /// <summary>
    /// Any other parenthesis of quoted terms: "(the “Token Offering,” and together with the Cash Offering, the “Offering”)",
    /// "(and, together with the Warrant Shares, as “Underlying Shares”)"; each quoted term stands after "the", "as",
    /// "and", "or" or a comma. Not a cross-reference: "(see “Risk Factors”)", "(as defined in “...”)".
    /// </summary>
    [GeneratedRegex(@"\((?!\s*(?:see|as\s+described|as\s+defined|described|under|in|for|refer)\b)(?<body>[^()\n]{1,300})\)", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedTermsParenthesis();

    [GeneratedRegex(@"(?:^|[,;]\s*|\b(?:the|as|and|or)\s+)[“""](?<t>[^”""()\n]{1,80})[”""]")]
    private static partial Regex TermInParenthesis();

    /// <summary>
    /// "In this prospectus, we refer to this offering of warrants as the Offering.", "(which we collectively refer to as
    /// the Advisor Warrants)", "We refer to the A Shares and the B Shares collectively as the “Securities”".
    /// </summary>
    [GeneratedRegex(@"\b[Ww]e\s+(?:collectively\s+|together\s+)?refer\s+to\s+(?:[^.;“”""()]{1,150}?\s+)?as\s+(?:the|our)\s+[“""]?(?<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})(?=[.,;)”""]|\s+(?:and|or)\b)")]
    private static partial Regex UnquotedReferredToAs();

    /// <summary>
    /// Unquoted, as some filings define every term: "subject to certain conditions (the Qualified Holders)", and
    /// "pre-funded warrants, or Pre-Funded Warrants, and together with the Series A Warrants, the Unregistered Warrants, to".
    /// </summary>
    [GeneratedRegex(@"\((?:the|our)\s+(?<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\)|\band\s+together\s+with\s+[^,;()“”""\n]{1,80},\s+(?:the|our)\s+(?<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}),")]
    private static partial Regex UnquotedParenthesisDefinition();

    /// <summary>
    /// A term another document defines, said so where it is used: "“Registrable Securities” as such term is defined in
    /// the Registration Rights Agreement", "the Closing Date (as defined in the Purchase Agreement)". Not "(as defined herein)".
    /// </summary>
    [GeneratedRegex(@"(?:[“""](?<t>[A-Z][^”""\n]{0,79}?)[,]?[”""]|\b(?<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}))\s*,?\s*\(?\s*as\s+(?:such\s+term\s+is\s+|that\s+term\s+is\s+|each\s+(?:such\s+)?term\s+is\s+)?defined\s+in\s+(?:the|that|such|our|its|each)\b")]
    private static partial Regex DefinedInAnotherDocument();

    [GeneratedRegex(@"\bcapitalized\s+terms\s+(?:used\s+)?(?:herein\s+|in\s+this\s+[\w\s-]{1,60}?\s+(?:\([^()\n]{1,60}\)\s+)?)?(?:but\s+|that\s+are\s+|which\s+are\s+)?not\s+(?:otherwise\s+)?defined\s+(?:herein|here|in\s+this\s+[\w\s-]{1,60}?)?\s*(?:shall\s+)?(?:have|has|will\s+have)\s+the\s+(?:respective\s+)?meanings?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefinedByReference();

    /// <summary>A glossary definition: "“Adjusted Outstanding Shares” means ...", also with spaces inside the quotes ("“ Trust Agreement ” means").</summary>
    [GeneratedRegex(@"[“""] ?(?<t>[A-Z][^”""\n]{0,79})[”""],? (?:means|shall mean|refers to)\b")]
    private static partial Regex MeansDefinition();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        context.DefinesTermsByReference = DefinedByReference().IsMatch(text);
        var definitions = new Dictionary<string, List<TermDefinition>>(StringComparer.Ordinal);
        var order = new List<string>();
        var definitionSpans = new List<SourceSpan>();

        void AddDefinition(string raw, int index, Func<string, (string Text, SourceSpan Span)> antecedentOf)
        {
            if (Clean(raw, index) is not var (term, span)) return;
            var (antecedent, antecedentSpan) = antecedentOf(term);
            if (!definitions.TryGetValue(term, out var list))
            {
                definitions[term] = list = new List<TermDefinition>();
                order.Add(term);
            }
            list.Add(new TermDefinition(antecedent, antecedentSpan, span)
            {
                InBaseProspectus = context.BaseProspectusStart >= 0 && span.Start >= context.BaseProspectusStart,
            });
        }

        foreach (Match m in Definition().Matches(text))
        {
            definitionSpans.Add(new SourceSpan(m.Index, m.Length));
            var terms = m.Groups["terms"];
            var first = Antecedent(context, m.Index, QuotedTerm().Match(terms.Value).Groups["t"].Value.Trim());
            foreach (Match q in QuotedTerm().Matches(terms.Value))
            {
                var t = q.Groups["t"];
                AddDefinition(t.Value, terms.Index + t.Index, _ => first);
            }
        }

        var taken = definitionSpans.Select(d => d.Start).ToHashSet();
        foreach (Match m in LeadDefinition().Matches(text))
        {
            if (taken.Contains(m.Index)) continue;
            definitionSpans.Add(new SourceSpan(m.Index, m.Length));
            AddDefinition(m.Groups["t"].Value, m.Groups["t"].Index, term => Antecedent(context, m.Index, term));
        }
        taken = definitionSpans.Select(d => d.Start).ToHashSet();
        foreach (Match m in QuotedTermsParenthesis().Matches(text))
        {
            if (taken.Contains(m.Index)) continue;
            var body = m.Groups["body"];
            var found = TermInParenthesis().Matches(body.Value);
            if (found.Count == 0) continue;
            definitionSpans.Add(new SourceSpan(m.Index, m.Length));
            foreach (Match q in found)
            {
                var t = q.Groups["t"];
                if (t.Value.TrimStart().Length == 0 || !char.IsUpper(t.Value.TrimStart()[0])) continue;
                AddDefinition(t.Value, body.Index + t.Index, term => Antecedent(context, m.Index, term));
            }
        }
        foreach (Match m in UnquotedReferredToAs().Matches(text))
        {
            var t = m.Groups["t"];
            definitionSpans.Add(new SourceSpan(t.Index, t.Length));
            AddDefinition(t.Value, t.Index, _ => ("", new SourceSpan(t.Index, 0)));
        }
        foreach (Match m in UnquotedParenthesisDefinition().Matches(text))
        {
            var t = m.Groups["t"];
            definitionSpans.Add(new SourceSpan(t.Index, t.Length));
            AddDefinition(t.Value, t.Index, _ => ("", new SourceSpan(t.Index, 0)));
        }
        // A term and the "as defined in" that names its source stand in one paragraph; trying the pattern at every
        // capitalised word of the filing was the largest cost of reading terms.
        foreach (var m in context.MatchesInParagraphsWith(DefinedInAnotherDocument(), "defined"))
            context.TermsDefinedElsewhere.Add(Spaces.Collapse(m.Groups["t"].Value).Trim());
        foreach (Match m in MeansDefinition().Matches(text))
        {
            definitionSpans.Add(new SourceSpan(m.Index, m.Length));
            var t = m.Groups["t"];
            AddDefinition(t.Value, t.Index, _ => ("", new SourceSpan(t.Index, 0)));
        }
        List<SourceSpan>? quotedSpans = null; // the definitions above, merged once when first needed
        foreach (Match m in ReferredToAsDefinition().Matches(text))
        {
            var t = m.Groups["t"];
            if (Covers(quotedSpans ??= MergeSpans(definitionSpans), t.Index)) continue;
            definitionSpans.Add(new SourceSpan(m.Index, m.Length));
            AddDefinition(t.Value, t.Index, _ => ("", new SourceSpan(t.Index, 0)));
        }
        foreach (Match m in UnquotedDefinition().Matches(text))
        {
            var t = m.Groups["t"];
            var (antecedent, antecedentSpan) = Antecedent(context, m.Index, t.Value);
            if (antecedent.Length == 0) continue;
            // "NEE Capital, or NEE, as the case may be" names two parties: a short name keeps the head of what it
            // shortens ("market sales agreement, or the sales agreement"), never just its first words; and a name
            // longer than the name it follows ("the CTN Scheme, or the Clinical Trial Exemption Scheme") is an alternative.
            if (antecedent.StartsWith(t.Value + " ", StringComparison.Ordinal) && char.IsUpper(antecedent[t.Value.Length + 1])) continue;
            if (char.IsUpper(antecedent[0]) && t.Value.Count(c => c == ' ') > antecedent.Count(c => c == ' ')) continue;
            definitionSpans.Add(new SourceSpan(t.Index, t.Length));
            AddDefinition(t.Value, t.Index, _ => (antecedent, antecedentSpan));
        }

        // A definition's own antecedent ("Equity Distribution Agreement, dated ... (the “Equity Distribution
        // Agreement”)") is part of its definition, not a use; other terms named there ("the Merger Agreement,
        // Arlington Capital Partners V, L.P. (“Arlington”)") are used there.
        var ownSpans = definitions.ToDictionary(kv => kv.Key, kv => MergeSpans(kv.Value
            .Where(d => d.AntecedentSpan.Length > 0 && d.AntecedentSpan.Start < d.Span.Start)
            .Select(d => SourceSpan.FromBounds(d.AntecedentSpan.Start, d.Span.Start)).ToList()), StringComparer.Ordinal);
        definitionSpans = MergeSpans(definitionSpans);
        var uses = FindUses(text, order, definitionSpans, ownSpans);
        foreach (string term in order)
            context.DefinedTerms.Add(new DefinedTerm(term, definitions[term], uses.TryGetValue(term, out var u) ? u : []));
    }

    /// <summary>
    /// The term as quoted, less spaces, trailing punctuation (“Consolidated Subsidiary,” means) and a leading
    /// article (“the Securities Act”); null for what is not a term: a redaction mark (“[***]”) or a formula's
    /// variable (“M”, “i+1”), which have fewer than two letters.
    /// </summary>
    private static (string Term, SourceSpan Span)? Clean(string raw, int index)
    {
        int start = 0, end = raw.Length;
        while (start < end && (char.IsWhiteSpace(raw[start]))) start++;
        while (end > start && (char.IsWhiteSpace(raw[end - 1]) || raw[end - 1] is ',' or ';' || raw[end - 1] == '.' && !IsAbbreviationEnd(raw, end - 1))) end--;
        if (raw.AsSpan(start, end - start).StartsWith("the ", StringComparison.OrdinalIgnoreCase) && end - start > 4) start += 4;
        string term = raw[start..end];
        if (term.Count(char.IsLetter) < 2) return null;
        return (term, new SourceSpan(index + start, term.Length));
    }

    /// <summary>"Inc." and "U.S." end in a period that belongs to them.</summary>
    private static bool IsAbbreviationEnd(string s, int dot) => dot >= 2 && (s[dot - 2] == '.' || s.AsSpan(0, dot + 1).EndsWith("Inc.", StringComparison.Ordinal)
        || s.AsSpan(0, dot + 1).EndsWith("Co.", StringComparison.Ordinal) || s.AsSpan(0, dot + 1).EndsWith("Ltd.", StringComparison.Ordinal));

    /// <summary>Whether merged, sorted spans cover the offset: a binary search, as a filing can hold thousands of definitions.</summary>
    private static bool Covers(List<SourceSpan> merged, int offset)
    {
        int lo = 0, hi = merged.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < merged[mid].Start) hi = mid - 1;
            else if (offset >= merged[mid].End) lo = mid + 1;
            else return true;
        }
        return false;
    }

    private static List<SourceSpan> MergeSpans(List<SourceSpan> spans)
    {
        var merged = new List<SourceSpan>();
        foreach (var s in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
                merged[^1] = SourceSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        return merged;
    }

    /// <summary>
    /// One scan for every term (longest first), so "Prospectus Supplement" is not also a use of "Prospectus". The
    /// plural is a use too ("Swap Agreements" of “Swap Agreement”) unless it is a term of its own; so is the
    /// lower-case start of a term capitalized only as a sentence's first word (“Non-U.S. holder”, "a non-U.S. holder").
    /// </summary>
    private static Dictionary<string, List<SourceSpan>> FindUses(string text, List<string> terms, List<SourceSpan> definitionSpans,
        Dictionary<string, List<SourceSpan>> ownSpans)
    {
        var result = new Dictionary<string, List<SourceSpan>>(StringComparer.Ordinal);
        if (terms.Count == 0) return result;
        var forms = terms.ToDictionary(t => t, t => t, StringComparer.Ordinal);
        foreach (string t in terms)
        {
            var words = t.Split(' ');
            if (words.Length > 1 && char.IsUpper(t[0]) && words.Skip(1).All(w => w.Length > 0 && char.IsLower(w[0])))
                forms.TryAdd(char.ToLowerInvariant(t[0]) + t[1..], t);
        }
        int d = 0;
        foreach (var (start, form, length) in new TermMatcher(forms.Keys, plurals: true).Matches(text))
        {
            while (d < definitionSpans.Count && definitionSpans[d].End <= start) d++;
            if (d < definitionSpans.Count && definitionSpans[d].Start <= start) continue;
            string term = forms[form];
            if (ownSpans.TryGetValue(term, out var own) && Covers(own, start)) continue;
            if (!result.TryGetValue(term, out var list)) result[term] = list = new List<SourceSpan>();
            list.Add(new SourceSpan(start, length));
        }
        return result;
    }

    /// <summary>
    /// What a definition names: the run of capitalized words just before the parenthesis, less a trailing
    /// ", dated ..." clause ("Equity Distribution Agreement, dated August 11, 2020 (the ...") and leading
    /// determiners; for lower-case antecedents, the words back to the nearest determiner.
    /// </summary>
    internal static (string Text, SourceSpan Span) Antecedent(FactContext context, int parenthesis, string? term = null)
    {
        string text = context.Text;
        int floor = Math.Max(context.Document.BlockAt(parenthesis)?.Span.Start ?? 0, parenthesis - 200);
        string before = text[floor..parenthesis].TrimEnd();
        var dated = TrailingDatedClause().Match(before);
        if (dated.Success) before = before[..dated.Index];
        if (before.EndsWith(", as amended", StringComparison.Ordinal)) before = before[..^", as amended".Length];
        before = before.TrimEnd(' ', ',');
        if (before.Length == 0) return ("", new SourceSpan(parenthesis, 0));

        var words = before.Split(' ');
        int take = 0;
        int capitalized = 0;
        for (int i = words.Length - 1; i >= 0; i--)
        {
            string w = words[i];
            if (w.Length == 0) break;
            // A year closes a statute's name: "Securities Act of 1933".
            bool year = i == words.Length - 1 && i > 0 && words[i - 1] == "of" && w.Length == 4 && w.All(char.IsDigit);
            bool cap = char.IsUpper(w[0]) || char.IsDigit(w[0]) && (capitalized > 0 || year) || w[0] == '&' || w[0] == '(' && w.Length > 1 && char.IsUpper(w[1]);
            bool connector = w is "of" or "and" or "to" or "for" or "de" or "on" && capitalized > 0;
            if (!(cap || connector)) break;
            if (char.IsUpper(w[0]) && DateExtractor.IsDeterminer(w) && i < words.Length - 1) break;
            if (cap) capitalized++;
            take++;
            if (w.EndsWith('.') && !IsNameAbbreviation(w) && take > 1) { take--; break; }
        }
        if (capitalized == 0)
        {
            // A lower-case antecedent: "an equity distribution agreement (the “Agreement”)".
            take = 0;
            for (int i = words.Length - 1; i >= 0 && take < 6; i--)
            {
                if (DateExtractor.IsDeterminer(words[i]) || words[i].EndsWith(',') && take > 0) break;
                take++;
            }
        }
        var run = words[^take..].ToList();
        while (run.Count > 1 && (run[0] is "of" or "and" or "to" or "for" or "on" || DateExtractor.IsDeterminer(run[0]))) run.RemoveAt(0);
        string antecedent = string.Join(' ', run).Trim().TrimEnd(',');
        // "NextEra Energy, Inc.’s (“NEE”) common stock" names the company, not its possessive.
        var possessive = Possessive().Match(antecedent);
        if (possessive.Success && possessive.Index > 0) antecedent = antecedent[..possessive.Index];
        int start = floor + before.LastIndexOf(antecedent, StringComparison.Ordinal);
        if (capitalized == 0 && term is not null && HeadNounAntecedent(context, parenthesis, term) is { } head) return head;
        return (antecedent, new SourceSpan(start, antecedent.Length));
    }

    [GeneratedRegex(@"['’]s$")]
    private static partial Regex Possessive();

    /// <summary>
    /// When no name stands just before the parenthesis ("The Trigger Callable Yield Notes linked to ... due
    /// October 5, 2026 (the “Notes”)"), the definition names the nearest capitalized phrase of the same sentence
    /// headed by the term's own noun.
    /// </summary>
    private static (string Text, SourceSpan Span)? HeadNounAntecedent(FactContext context, int parenthesis, string term)
    {
        string head = term.Split(' ')[^1];
        if (head.Length < 3 || !char.IsUpper(head[0])) return null;
        string text = context.Text;
        int from = context.SentenceStart(parenthesis);
        // The last whole-word use of the noun (not a possessive), then the capitalized words just before it.
        int at = parenthesis;
        while (true)
        {
            at = at > from ? text.LastIndexOf(head, at - 1, at - from, StringComparison.Ordinal) : -1;
            if (at < 0) return null;
            int end = at + head.Length;
            bool whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                && (end == text.Length || !char.IsLetterOrDigit(text[end]) && text[end] is not ('’' or '\''));
            if (whole) break;
        }
        int start = at;
        for (int words = 0; words < 5 && start - 2 >= from && text[start - 1] == ' ' && char.IsLetterOrDigit(text[start - 2]); words++)
        {
            int w = text.LastIndexOf(' ', start - 2, start - 1 - from) + 1;
            if (w < from) w = from;
            if (!char.IsUpper(text[w]) || DateExtractor.IsDeterminer(text[w..(start - 1)])) break;
            start = w;
        }
        if (start == at) return null;
        string name = text[start..(at + head.Length)];
        return (name, new SourceSpan(start, name.Length));
    }

    private static bool IsNameAbbreviation(string w) =>
        w is "Inc." or "Co." or "Corp." or "Ltd." or "No." or "L.P." or "N.A." or "Inc.," or "Co.," or "LLC." or "S.A." or "N.V." or "L.L.C." or "U.S." || w.Length <= 3;
}
