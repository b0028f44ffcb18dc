using System.Text.RegularExpressions;

namespace FilingLint.Facts.Extractors;

/// <summary>Parties are defined terms whose antecedent is a company name: "Oppenheimer &amp; Co. Inc. (“Oppenheimer”)".</summary>
internal sealed partial class PartyExtractor : IFactExtractor
{
    [GeneratedRegex(@"(?:\b(?:Inc\.?|Incorporated|Corporation|Corp\.?|Co\.|LLC|L\.L\.C\.|L\.P\.|LP|Ltd\.?|Limited|plc|N\.A\.|N\.V\.|S\.A\.|AG|Securities|Capital|Partners|Group|Bank|Markets|Holdings|Trust|Bancorp)|&\s*Co\.?)$")]
    private static partial Regex CompanyEnding();

    [GeneratedRegex(@"^(?:On\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4},?\s+")]
    private static partial Regex LeadingDate();

    /// <summary>"We refer to Robert W. Baird &amp; Co. Incorporated as the “sales agent.”"</summary>
    [GeneratedRegex(@"\brefer\s+to\s+(?<name>[A-Z][^“”""()]{2,80}?)\s+as\s+(?:the\s+|our\s+)?[“""](?<short>[^”""]{1,40}?)[,.]?[”""]")]
    private static partial Regex ReferredToAs();

    public void Extract(FactContext context)
    {
        foreach (Match m in ReferredToAs().Matches(context.Text))
        {
            string name = m.Groups["name"].Value.Trim().TrimEnd(',');
            if (!CompanyEnding().IsMatch(name)) continue;
            context.Parties.Add(new Party(name, m.Groups["short"].Value.Trim(), new Documents.SourceSpan(m.Groups["name"].Index, name.Length)));
        }
        foreach (var term in context.DefinedTerms)
        {
            foreach (var definition in term.Definitions)
            {
                // "On March 3, 2026, Acme Bio, Inc. (the “Company”)": the date opens the sentence; it is not part of the name.
                string name = LeadingDate().Replace(definition.Antecedent, "");
                // A company ending alone ("the Securities (the “VWAP”)") names no company.
                if (name.Length == 0 || !char.IsUpper(name[0]) || !name.Contains(' ') || !CompanyEnding().IsMatch(name)) continue;
                if (context.Parties.Any(p => p.Name == name && p.ShortName == term.Term)) continue;
                var span = definition.AntecedentSpan;
                context.Parties.Add(new Party(name, term.Term, new Documents.SourceSpan(span.Start + span.Length - name.Length, name.Length)));
            }
        }
    }
}
