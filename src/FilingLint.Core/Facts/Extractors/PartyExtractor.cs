using System.Text.RegularExpressions;

namespace FilingLint.Facts.Extractors;

/// <summary>Parties are defined terms whose antecedent is a company name: "Oppenheimer &amp; Co. Inc. (“Oppenheimer”)".</summary>
internal sealed partial class PartyExtractor : IFactExtractor
{
    [GeneratedRegex(@"(?:\b(?:Inc\.?|Incorporated|Corporation|Corp\.?|Co\.|LLC|L\.L\.C\.|L\.P\.|LP|Ltd\.?|Limited|plc|N\.A\.|N\.V\.|S\.A\.|AG|Securities|Capital|Partners|Group|Bank|Markets|Holdings|Trust|Bancorp)|&\s*Co\.?)$")]
    private static partial Regex CompanyEnding();

    public void Extract(FactContext context)
    {
        foreach (var term in context.DefinedTerms)
        {
            foreach (var definition in term.Definitions)
            {
                string name = definition.Antecedent;
                if (name.Length == 0 || !char.IsUpper(name[0]) || !CompanyEnding().IsMatch(name)) continue;
                if (context.Parties.Any(p => p.Name == name && p.ShortName == term.Term)) continue;
                context.Parties.Add(new Party(name, term.Term, definition.AntecedentSpan));
            }
        }
    }
}
