using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>A defined term with every definition and every later use.</summary>
public sealed record DefinedTerm(string Term, IReadOnlyList<TermDefinition> Definitions, IReadOnlyList<SourceSpan> Uses) : IFact
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
            var named = Definitions.Select(d => d.Antecedent).Where(Names).ToList();
            for (int i = 1; i < named.Count; i++)
                if (!SameMeaning(named[0], named[i])) return true;
            return false;
        }
    }

    private bool Names(string antecedent)
    {
        // A party's full name ("B. Riley Securities, Inc.") is a meaning even for a role term such as "Agent".
        if (System.Text.RegularExpressions.Regex.IsMatch(antecedent.TrimEnd(',', ' ', ')'), @"\b(?:Inc\.?|LLC|L\.L\.C\.|L\.P\.|Ltd\.?|Limited|Corporation|Corp\.|Co\.|Company|plc|AG|N\.A\.|S\.A\.|N\.V\.)$"))
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

    private static HashSet<string> Words(string s) =>
        System.Text.RegularExpressions.Regex.Split(s.ToLowerInvariant(), @"[^\p{L}\p{Nd}]+").Where(w => w.Length > 1 && !Stopwords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the term appears before its first definition.</summary>
    public bool UsedBeforeDefined => Uses.Count > 0 && Uses[0].Start < Definitions[0].Span.Start;
}
