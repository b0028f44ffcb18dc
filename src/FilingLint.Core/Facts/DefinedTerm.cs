using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>A defined term with every definition and every later use.</summary>
public sealed partial record DefinedTerm(string Term, IReadOnlyList<TermDefinition> Definitions, IReadOnlyList<SourceSpan> Uses) : IFact
{
    public SourceSpan Span => Definitions[0].Span;

    /// <summary>What the first definition names.</summary>
    public string Antecedent => Definitions[0].Antecedent;

    /// <summary>
    /// True when two definitions give the term different meanings. Only antecedents that plainly name the term
    /// (they share a word with it, or their initials spell it) are compared, and wordings that mostly overlap
    /// ("U.S. Securities and Exchange Commission" and "Securities and Exchange Commission") are one meaning:
    /// real filings define the same term twice (supplement and base prospectus) with slightly different words.
    /// </summary>
    public bool HasConflictingDefinitions
    {
        get
        {
            // The supplement and the base prospectus it reprints are two documents: each may define a term its own way.
            foreach (var part in Definitions.GroupBy(d => d.InBaseProspectus))
            {
                var named = part.Select(d => d.Antecedent).Where(Names).ToList();
                for (int i = 1; i < named.Count; i++)
                    if (!SameMeaning(named[0], named[i])) return true;
            }
            return false;
        }
    }

    private bool Names(string antecedent)
    {
        // A party's full name ("B. Riley Securities, Inc.") is a meaning even for a role term such as "Agent".
        if (CorporateEnding().IsMatch(antecedent.TrimEnd(',', ' ', ')')))
            return true;
        var words = Words(antecedent);
        var termWords = Words(Term);
        if (termWords.Overlaps(words)) return true;
        string letters = new(Term.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        string initials = new(antecedent.Split(' ', '-', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0]))
            .Select(w => char.ToLowerInvariant(w[0])).ToArray());
        return letters.Length >= 2 && initials.Contains(letters, StringComparison.Ordinal);
    }

    private bool SameMeaning(string a, string b)
    {
        // Words the term itself carries ("agreement" in "Agreement") say nothing about which one is meant.
        var termWords = Words(Term);
        var x = Words(a);
        var y = Words(b);
        x.ExceptWith(termWords);
        y.ExceptWith(termWords);
        if (x.Count == 0 || y.Count == 0) return true;
        int common = x.Count(y.Contains);
        return common * 2 >= Math.Min(x.Count, y.Count);
    }

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
        { "the", "a", "an", "of", "and", "or", "as", "amended", "inc", "its", "our", "we", "s", "to", "for", "in", "with", "which", "may", "be" };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Inc\.?|LLC|L\.L\.C\.|L\.P\.|Ltd\.?|Limited|Corporation|Corp\.|Co\.|Company|plc|AG|N\.A\.|S\.A\.|N\.V\.)$")]
    private static partial System.Text.RegularExpressions.Regex CorporateEnding();

    /// <summary>The lower-case runs of letters and digits, less stop words and single letters.</summary>
    private static HashSet<string> Words(string s)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetterOrDigit(s[i])) i++;
            int start = i;
            while (i < s.Length && char.IsLetterOrDigit(s[i])) i++;
            if (i - start > 1)
            {
                string w = s[start..i].ToLowerInvariant();
                if (!Stopwords.Contains(w)) words.Add(w);
            }
        }
        return words;
    }

    /// <summary>True when the term appears before its first definition.</summary>
    public bool UsedBeforeDefined => Uses.Count > 0 && Uses[0].Start < Definitions[0].Span.Start;
}
