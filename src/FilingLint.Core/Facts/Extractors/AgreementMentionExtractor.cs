using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Capitalized agreement names in the text. A mention that is not a defined term is matched to the one defined
/// agreement it most likely means under another name (an at-the-market "Sales Agreement" for a defined "Equity
/// Distribution Agreement"); a suggestion is made only when nothing says it is another agreement: an indefinite
/// article ("we entered into a Placement Agency Agreement"), a form ("Form of ..."), a title (a heading, a table
/// cell, a quoted section title), a date or counterparty other
/// than the defined agreement's, a different kind ("Equity Purchase Agreement" beside a "Sales Agreement") or a
/// modifier that sets it apart ("Cryptocurrency Purchase Agreement" beside a "Cash Purchase Agreement").
/// </summary>
internal sealed partial class AgreementMentionExtractor : IFactExtractor
{
    // Capitalized words (with digits, marks and inner full stops: "XR-101", "SM", "U.S") or a year ("2023 Purchase"), single spaces (a name never
    // runs from one block into the next), and the joints of formal titles ("Assignment of", "&"). "and" is left out:
    // "Purchase and Sale Agreement" is told from "the Term Sheet and Loan Agreement" by the names the filing defines.
    [GeneratedRegex(@"\b(?:(?!Agreement\b)(?:[A-Z](?:[\w&’'-]|\.(?=\w))*|(?:19|20)\d\d\b)(?: +(?:of|for|&))? +){1,7}Agreements?\b")]
    private static partial Regex Mention();

    [GeneratedRegex(@"\G,? *(?:dated|entered into)(?: +as +of)? +")]
    private static partial Regex DatedAfter();

    [GeneratedRegex(@"\G,? *(?:dated[^,;()]{0,40}?,? +)?(?:by and )?(?:with|between [^,;()]{0,80}? and) +(?<p>[A-Z][\w.&’' -]{1,60}?)(?=[,;(]| +(?:as|and|for|pursuant|relating|under|which)\b|\. |$)")]
    private static partial Regex PartyAfter();

    /// <summary>Words that name the same kind of agreement, by the word nearest "Agreement". The at-the-market family has many names.</summary>
    private static readonly string[][] Families =
    {
        new[] { "sales", "distribution", "market", "at-the-market", "atm", "agency", "sale", "issuance", "offering" },
        new[] { "underwriting", "purchase", "subscription" },
        new[] { "placement", "engagement" },
        new[] { "warrant" },
        new[] { "registration", "rights" },
        new[] { "credit", "loan" },
        new[] { "merger" },
        new[] { "license", "collaboration" },
        new[] { "lock-up" },
        new[] { "employment" },
        new[] { "indemnification", "indemnity" },
        new[] { "advisory", "consulting" },
    };

    /// <summary>The at-the-market family: one program, many names ("Sales", "Equity Distribution", "Controlled Equity Offering").</summary>
    private const int AtTheMarket = 0;

    /// <summary>Words before a name that make it some agreement, not the one the filing defined.</summary>
    private static readonly HashSet<string> Indefinite = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "another", "any", "each", "one", "new", "other", "separate", "similar" };

    public void Extract(FactContext context)
    {
        if (context.Agreements.Count == 0 && context.DefinedTerms.Count == 0) return;
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in context.DefinedTerms)
        {
            known.Add(term.Term);
            foreach (var d in term.Definitions) known.Add(Spaces.Collapse(d.Antecedent));
        }
        // A dated title names its document, unless it is the date of an agreement the filing defined, of the same kind:
        // "the 2025 Securities Purchase Agreement, dated June 5, 2025" where the June 5 agreement is the "2025 Purchase
        // Agreement" is that agreement under another name.
        foreach (var reference in context.DocumentReferences)
            if (!context.Agreements.Any(a => a.Date == reference.Date.Value && a.Term != reference.Name && a.Name != reference.Name
                    && FamilyOf(reference.Name) is >= 0 and var f && (FamilyOf(a.Term) == f || FamilyOf(a.Name) == f)))
                known.Add(reference.Name);
        var longNames = known.Where(k => k.Contains(' ', StringComparison.Ordinal)).ToList();

        // The words of a name are joined by spaces, so a match never runs from one paragraph into the next.
        foreach (var m in context.MatchesInParagraphsWith(Mention(), "Agreement"))
        {
            if (m.Index >= context.ProspectusEnd) break;
            string name = DateExtractor.StripDeterminers(Spaces.Collapse(m.Value));
            if (!(char.IsUpper(name[0]) || char.IsDigit(name[0])) || name == "Agreement") continue;
            int start = m.Index + m.Value.Length - name.Length;
            if (IsAllCaps(name)) continue; // headings in capitals are titles, not uses of a term
            if (IsTailOfKnownName(context.Text, start, name, longNames)) continue;
            bool defined = known.Contains(name) || known.Contains(name.TrimEnd('s'));
            string? suggestion = defined || MeansAnother(context, m, start, name) ? null : SameAgreement(context, name, m.Index + m.Length);
            context.AgreementMentions.Add(new AgreementMention(name, defined, suggestion, new SourceSpan(start, name.Length)));
        }
    }

    private static bool IsAllCaps(string s) => !s.Any(char.IsLower) || s.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])) && s.Count(char.IsUpper) > s.Length / 2;

    /// <summary>"Sale Agreement" inside "Digital Asset Purchase and Sale Agreement": the end of a longer name the filing uses.</summary>
    private static bool IsTailOfKnownName(string text, int start, string name, List<string> longNames)
    {
        foreach (var k in longNames)
        {
            if (k.Length <= name.Length || !k.EndsWith(name, StringComparison.Ordinal) || k[k.Length - name.Length - 1] != ' ') continue;
            int from = start - (k.Length - name.Length);
            if (from >= 0 && string.Compare(text, from, k, 0, k.Length - name.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    /// <summary>Whether the words around the mention make it another agreement than a defined one.</summary>
    private static bool MeansAnother(FactContext context, Match m, int start, string name)
    {
        // A heading, table cell or quoted section title names the agreement by its title, not as a use of the term; a short
        // sentence in capitals ("Sales under the Sales Agreement.") is still a sentence.
        if (context.IsInTitleOrQuote(start, runInHeadings: false) || context.Document.BlockAt(start) is { } block
            && (block.Kind == BlockKind.TableCell || block.Span.Length < 160 && IsTitleEntry(context.Text, block.Span.Start, m.Index))) return true;
        if (name.StartsWith("Form of ", StringComparison.Ordinal) || name.StartsWith("Form ", StringComparison.Ordinal)) return true;
        // The determiner the match began with ("An Equity Distribution Agreement"), or the word before it.
        string stripped = m.Value[..(start - m.Index)].Trim();
        string before = stripped.Length > 0 ? stripped.Split(' ')[^1] : PreviousWord(context.Text, m.Index);
        if (Indefinite.Contains(before)) return true;
        // "Purchase and Sale Agreement" read from "Sale": the right half of a title the filing does not define.
        if (stripped.Length == 0 && before == "and" && PreviousWord(context.Text, m.Index - 4) is { Length: > 0 } w && char.IsUpper(w[0]) && w != "Agreement") return true;
        return string.Equals(before, "of", StringComparison.Ordinal) && PreviousWord(context.Text, m.Index - 3) is "form" or "Form";
    }

    /// <summary>A short block that opens with the name ("Sales Agreement with Acme Securities LLC."): an exhibit list's entry.</summary>
    private static bool IsTitleEntry(string text, int blockStart, int nameStart)
    {
        for (int i = blockStart; i < nameStart; i++)
            if (!char.IsWhiteSpace(text[i]) && !char.IsDigit(text[i]) && text[i] is not ('.' or '*' or '†')) return false;
        return true;
    }

    private static string PreviousWord(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        int s = end;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '-')) s--;
        return text[s..end];
    }

    /// <summary>The defined agreement this mention most likely means, or null when none clearly is.</summary>
    private static string? SameAgreement(FactContext context, string name, int end)
    {
        int family = FamilyOf(name);
        if (family < 0) return null;
        var candidates = context.Agreements.Where(a => FamilyOf(a.Term) == family || FamilyOf(a.Name) == family).ToList();
        // Of several agreements of the kind, the one whose own words the mention shortens or extends ("2023 Purchase
        // Agreement" for the "2023 Securities Purchase Agreement" beside a "2025 Purchase Agreement").
        // A mention with no word but its kind ("Purchase Agreement") could be any of them.
        if (candidates.Select(TermOf).Distinct().Count() > 1)
            candidates = ContentWords(name).Any(w => FamilyOf(w) < 0) ? candidates.Where(a => SameWords(name, a)).ToList() : [];
        var terms = candidates.Select(TermOf).Distinct().ToList();
        if (terms.Count != 1) return null;
        var agreement = candidates[0];
        if (family != AtTheMarket && !SameWords(name, agreement)) return null;

        // "the Placement Agency Agreement, dated May 2, 2024" or "... with Acme Securities" is the one of that date or party.
        var dated = DatedAfter().Match(context.Text, end);
        if (dated.Success && agreement.Date is { } date
            && DateParser.DatePattern().Match(context.Text, dated.Index + dated.Length) is { Success: true } d && d.Index == dated.Index + dated.Length
            && DateParser.Parse(d) is { } mentioned && mentioned != date) return null;
        var party = PartyAfter().Match(context.Text, end);
        if (party.Success && agreement.Counterparty is { } counterparty && !SameParty(party.Groups["p"].Value, counterparty, context)) return null;
        return terms[0];
    }

    private static string TermOf(Agreement a) => a.Term.EndsWith("Agreement", StringComparison.Ordinal) ? a.Term : a.Name;

    /// <summary>
    /// Outside the at-the-market family a mention means a defined agreement only if it is that agreement's term with
    /// more words ("Securities Purchase Agreement" for "Purchase Agreement") or a shorter form of its own name; a word
    /// of its own ("Cryptocurrency" beside "Cash") names another agreement of the same kind.
    /// </summary>
    private static bool SameWords(string name, Agreement agreement)
    {
        var mention = ContentWords(name);
        var term = ContentWords(agreement.Term);
        var own = ContentWords(agreement.Name);
        own.UnionWith(term);
        return term.IsSubsetOf(mention) || mention.IsSubsetOf(own);
    }

    private static HashSet<string> ContentWords(string name) => name.ToLowerInvariant().Split(' ')
        .Where(w => w.Length > 0 && w is not ("agreement" or "and" or "of" or "for" or "&" or "the")).Select(Stem).ToHashSet();

    private static readonly string[] Suffixes = { "ing", "ory", "ors", "or", "ers", "er", "ency", "ancy", "ent", "ant", "y" };

    /// <summary>
    /// A word less the ending that makes a party, an act or a service of it: "Advisor" and "Advisory", "Agent" and
    /// "Agency", "Underwriter" and "Underwriting" name one agreement, written two ways.
    /// </summary>
    internal static string Stem(string word)
    {
        foreach (var suffix in Suffixes)
            if (word.Length - suffix.Length >= 2 && word.EndsWith(suffix, StringComparison.Ordinal)) return word[..^suffix.Length];
        return word;
    }

    private static bool SameParty(string mentioned, string counterparty, FactContext context)
    {
        mentioned = mentioned.Trim();
        if (counterparty.StartsWith(mentioned, StringComparison.OrdinalIgnoreCase) || mentioned.StartsWith(counterparty, StringComparison.OrdinalIgnoreCase)) return true;
        return context.Parties.Any(p => (p.Name == counterparty || p.ShortName == counterparty)
            && (p.Name.StartsWith(mentioned, StringComparison.OrdinalIgnoreCase) || p.ShortName is { } s && mentioned.StartsWith(s, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The family of the word nearest "Agreement" that names one: "Equity Purchase Agreement" is a purchase agreement.</summary>
    private static int FamilyOf(string name)
    {
        var words = name.ToLowerInvariant().Split(' ');
        for (int i = words.Length - 1; i >= 0; i--)
        {
            if (words[i] == "agreement") continue;
            string last = words[i][(words[i].LastIndexOf('-') + 1)..];
            for (int f = 0; f < Families.Length; f++)
                if (Families[f].Contains(words[i]) || Families[f].Contains(last) || Array.Exists(Families[f], w => Stem(w) == Stem(last))) return f;
        }
        return -1;
    }
}
