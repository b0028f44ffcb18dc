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

    /// <summary>Outside a parenthesis: "Each of (a), (b) and (c) is herein referred to as a “Plan.”", "we refer to ... as the “Agent”".</summary>
    [GeneratedRegex(@"\b(?:referred\s+to|refer\s+to\s+(?:it|them)|defined)\s+(?:herein\s+|hereinafter\s+|below\s+)?as\s+(?:the\s+|a\s+|an\s+)?[“""](?<t>[A-Z][^”""\n]{0,79}?)[.,]?[”""]")]
    private static partial Regex ReferredToAsDefinition();

    [GeneratedRegex(@"[“""](?<t>[^”""]{1,80})[”""]")]
    private static partial Regex QuotedTerm();

    [GeneratedRegex(@"\s*,?\s*(?:each\s+)?dated\s+(?:as\s+of\s+)?\S+\s+\d{1,2},?\s+\d{4}\s*,?\s*$")]
    private static partial Regex TrailingDatedClause();

    /// <summary>Unquoted: "a severance and change in control plan, or the CiC Plan, in which", "..., or the sales agreement,".</summary>
    [GeneratedRegex(@", (?:or|and) (?:the |our )?(?<t>[A-Z][\w-]*(?: [A-Z][\w-]*){0,5}|[a-z][\w-]*(?: [a-z][\w-]*){0,3} agreement)(?=[,)]| \()")]
    private static partial Regex UnquotedDefinition();

    /// <summary>A parenthesis with any lead before the term: "(as amended in December 2021, the “Whitehead Agreement”)".</summary>
    [GeneratedRegex(@"\([^()“”""\n]{1,100}?, (?:the )?[“""](?<t>[^”""()\n]{1,80})[”""]\s*\)")]
    private static partial Regex LeadDefinition();

    /// <summary>A glossary definition: "“Adjusted Outstanding Shares” means ...".</summary>
    [GeneratedRegex(@"[“""](?<t>[A-Z][^”""\n]{0,79})[”""],? (?:means|shall mean|refers to)\b")]
    private static partial Regex MeansDefinition();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        var definitions = new Dictionary<string, List<TermDefinition>>(StringComparer.Ordinal);
        var order = new List<string>();
        var definitionSpans = new List<SourceSpan>();

        foreach (Match m in Definition().Matches(text))
        {
            definitionSpans.Add(new SourceSpan(m.Index, m.Length));
            var (antecedent, antecedentSpan) = Antecedent(context, m.Index, QuotedTerm().Match(m.Groups["terms"].Value).Groups["t"].Value.Trim());
            foreach (Match q in QuotedTerm().Matches(m.Groups["terms"].Value))
            {
                string term = q.Groups["t"].Value.Trim().TrimEnd(',', ';').Trim();
                if (term.Length == 0) continue;
                int at = m.Groups["terms"].Index + q.Groups["t"].Index;
                var definition = new TermDefinition(antecedent, antecedentSpan, new SourceSpan(at, term.Length));
                if (!definitions.TryGetValue(term, out var list))
                {
                    definitions[term] = list = new List<TermDefinition>();
                    order.Add(term);
                }
                list.Add(definition);
            }
        }

        var taken = definitionSpans.Select(d => d.Start).ToHashSet();
        void AddDefinition(string term, TermDefinition definition)
        {
            if (!definitions.TryGetValue(term, out var list))
            {
                definitions[term] = list = new List<TermDefinition>();
                order.Add(term);
            }
            list.Add(definition);
        }
        foreach (Match m in LeadDefinition().Matches(text))
        {
            if (taken.Contains(m.Index)) continue;
            definitionSpans.Add(new SourceSpan(m.Index, m.Length));
            var (antecedent, antecedentSpan) = Antecedent(context, m.Index);
            var t = m.Groups["t"];
            AddDefinition(t.Value.Trim(), new TermDefinition(antecedent, antecedentSpan, new SourceSpan(t.Index, t.Length)));
        }
        foreach (Match m in MeansDefinition().Matches(text))
        {
            var t = m.Groups["t"];
            definitionSpans.Add(new SourceSpan(m.Index, m.Length));
            AddDefinition(t.Value.Trim(), new TermDefinition("", new SourceSpan(t.Index, 0), new SourceSpan(t.Index, t.Length)));
        }
        foreach (Match m in ReferredToAsDefinition().Matches(text))
        {
            var t = m.Groups["t"];
            if (definitionSpans.Any(d => d.Start <= t.Index && t.Index < d.End)) continue;
            definitionSpans.Add(new SourceSpan(m.Index, m.Length));
            AddDefinition(t.Value.Trim(), new TermDefinition("", new SourceSpan(t.Index, 0), new SourceSpan(t.Index, t.Length)));
        }
        foreach (Match m in UnquotedDefinition().Matches(text))
        {
            var t = m.Groups["t"];
            var (antecedent, antecedentSpan) = Antecedent(context, m.Index);
            if (antecedent.Length == 0) continue;
            // "NEE Capital, or NEE, as the case may be" names two parties: a short name keeps the head of what it
            // shortens ("market sales agreement, or the sales agreement"), never just its first words.
            if (antecedent.StartsWith(t.Value + " ", StringComparison.Ordinal)) continue;
            definitionSpans.Add(new SourceSpan(t.Index, t.Length));
            AddDefinition(t.Value, new TermDefinition(antecedent, antecedentSpan, new SourceSpan(t.Index, t.Length)));
        }

        // A definition's own antecedent ("Equity Distribution Agreement, dated ... (the “Equity Distribution
        // Agreement”)") is part of the definition, not a use.
        foreach (var list in definitions.Values)
            definitionSpans.AddRange(list.Where(d => d.AntecedentSpan.Length > 0 && d.AntecedentSpan.Start < d.Span.Start)
                .Select(d => SourceSpan.FromBounds(d.AntecedentSpan.Start, d.Span.Start)));
        definitionSpans = MergeSpans(definitionSpans);
        var uses = FindUses(text, order, definitionSpans);
        foreach (string term in order)
            context.DefinedTerms.Add(new DefinedTerm(term, definitions[term], uses.TryGetValue(term, out var u) ? u : []));
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

    /// <summary>One scan with an alternation of every term (longest first), so "Prospectus Supplement" is not also a use of "Prospectus".</summary>
    private static Dictionary<string, List<SourceSpan>> FindUses(string text, List<string> terms, List<SourceSpan> definitionSpans)
    {
        var result = new Dictionary<string, List<SourceSpan>>(StringComparer.Ordinal);
        if (terms.Count == 0) return result;
        string alternation = string.Join('|', terms.OrderByDescending(t => t.Length).Select(Regex.Escape));
        var pattern = new Regex(@"(?<![\w])(?:" + alternation + @")(?![\w])", RegexOptions.CultureInvariant);
        int d = 0;
        foreach (Match m in pattern.Matches(text))
        {
            while (d < definitionSpans.Count && definitionSpans[d].End <= m.Index) d++;
            if (d < definitionSpans.Count && definitionSpans[d].Start <= m.Index) continue;
            if (!result.TryGetValue(m.Value, out var list)) result[m.Value] = list = new List<SourceSpan>();
            list.Add(new SourceSpan(m.Index, m.Length));
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
        before = before.TrimEnd(' ', ',');
        if (before.Length == 0) return ("", new SourceSpan(parenthesis, 0));

        var words = before.Split(' ');
        int take = 0;
        int capitalized = 0;
        for (int i = words.Length - 1; i >= 0; i--)
        {
            string w = words[i];
            if (w.Length == 0) break;
            bool cap = char.IsUpper(w[0]) || char.IsDigit(w[0]) && capitalized > 0 || w[0] == '&' || w[0] == '(' && w.Length > 1 && char.IsUpper(w[1]);
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
        int from = context.SentenceStart(parenthesis);
        var phrase = new Regex(@"\b(?:[A-Z][\w-]*\s+){0,5}" + Regex.Escape(head) + @"\b(?![’'])");
        Match? last = null;
        foreach (Match m in phrase.Matches(context.Text[..parenthesis], from)) last = m;
        if (last is null) return null;
        var words = last.Value.Split(' ').SkipWhile(w => DateExtractor.IsDeterminer(w)).ToArray();
        if (words.Length < 2) return null;
        string name = string.Join(' ', words);
        return (name, new SourceSpan(last.Index + last.Length - name.Length, name.Length));
    }

    private static bool IsNameAbbreviation(string w) =>
        w is "Inc." or "Co." or "Corp." or "Ltd." or "No." or "L.P." or "N.A." or "Inc.," or "Co.," or "LLC." or "S.A." or "N.V." or "L.L.C." or "U.S." || w.Length <= 3;
}
