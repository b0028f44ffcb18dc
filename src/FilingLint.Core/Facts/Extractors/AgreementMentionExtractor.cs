using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Capitalized agreement names in the text. A mention that is not a defined term is matched to the defined
/// agreement of the same family (an at-the-market "Sales Agreement" to a defined "Equity Distribution
/// Agreement"), so that a differently-named, different agreement ("Underwriting Agreement") is not taken for it.
/// </summary>
internal sealed partial class AgreementMentionExtractor : IFactExtractor
{
    // A single space: a name never runs from one block (a page header, say) into the next.
    [GeneratedRegex(@"\b(?:[A-Z][A-Za-z-]* +){1,6}Agreement\b")]
    private static partial Regex Mention();

    /// <summary>Words that name the same kind of agreement. The at-the-market family has many names.</summary>
    private static readonly string[][] Families =
    {
        new[] { "sales", "distribution", "equity", "market", "at-the-market", "atm", "agency", "sale", "issuance", "controlled", "open", "offering" },
        new[] { "underwriting", "purchase", "subscription" },
        new[] { "placement", "engagement" },
        new[] { "warrant" },
        new[] { "registration", "rights" },
        new[] { "credit", "loan" },
        new[] { "merger" },
        new[] { "license", "collaboration" },
        new[] { "lock-up" },
        new[] { "employment" },
    };

    public void Extract(FactContext context)
    {
        if (context.Agreements.Count == 0 && context.DefinedTerms.Count == 0) return;
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in context.DefinedTerms)
        {
            known.Add(term.Term);
            foreach (var d in term.Definitions) known.Add(d.Antecedent);
        }
        foreach (var reference in context.DocumentReferences) known.Add(reference.Name);

        foreach (Match m in Mention().Matches(context.Text))
        {
            if (m.Index >= context.ProspectusEnd) break;
            string name = DateExtractor.StripDeterminers(Spaces.Collapse(m.Value));
            if (!char.IsUpper(name[0]) || name == "Agreement") continue;
            int start = m.Index + m.Value.Length - name.Length;
            if (IsAllCaps(name)) continue; // headings in capitals are titles, not uses of a term
            bool defined = known.Contains(name) || known.Contains(name.TrimEnd('s'));
            string? suggestion = defined ? null : SameFamily(name, context.Agreements);
            context.AgreementMentions.Add(new AgreementMention(name, defined, suggestion, new SourceSpan(start, name.Length)));
        }
    }

    private static bool IsAllCaps(string s) => !s.Any(char.IsLower) || s.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])) && s.Count(char.IsUpper) > s.Length / 2;

    private static string? SameFamily(string name, List<Agreement> agreements)
    {
        int family = FamilyOf(name);
        if (family < 0) return null;
        var candidates = agreements.Where(a => FamilyOf(a.Term) == family || FamilyOf(a.Name) == family)
            .Select(a => a.Term.EndsWith("Agreement", StringComparison.Ordinal) ? a.Term : a.Name).Distinct().ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static int FamilyOf(string name)
    {
        var words = name.ToLowerInvariant().Split(' ', '-').Where(w => w != "agreement").ToArray();
        for (int f = 0; f < Families.Length; f++)
            if (words.Any(w => Families[f].Contains(w))) return f;
        return -1;
    }
}
