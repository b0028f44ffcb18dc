using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>Agreements are defined terms naming an agreement; their date comes from the dated references, the counterparty from "with ..." in the same sentence.</summary>
internal sealed partial class AgreementExtractor : IFactExtractor
{
    [GeneratedRegex(@"\bwith\s+(?<p>[A-Z][\w.&,' -]{1,80}?)\s*(?:\(|,\s+(?:as|acting|relating|pursuant|which|under)\b|\s+(?:as|acting|relating|pursuant|under|which|for)\b|(?<!\b[A-Z]|\bInc|\bCo|\bCorp|\bLtd|\bNo)\.\s|;|$)")]
    private static partial Regex WithParty();

    public void Extract(FactContext context)
    {
        foreach (var term in context.DefinedTerms)
        {
            var definition = term.Definitions[0];
            // One agreement or a set of them ("indemnification agreements with each director (the “Indemnification Agreements”)").
            bool isAgreement = IsAgreementName(term.Term) || IsAgreementName(definition.Antecedent);
            if (!isAgreement) continue;
            string name = definition.Antecedent.EndsWith("greement", StringComparison.Ordinal) || definition.Antecedent.EndsWith("greements", StringComparison.Ordinal)
                ? definition.Antecedent : term.Term;

            // An agreement's date is the one it is dated; the day it was entered into only when no other is given.
            DateOnly? date = context.DocumentReferences
                .Where(r => r.Date.Value is not null && (r.Name == name || r.Name == term.Term))
                .OrderBy(r => r.Executed).Select(r => r.Date.Value).FirstOrDefault();

            int sentenceStart = context.SentenceStart(definition.AntecedentSpan.Start);
            int sentenceEnd = context.SentenceEnd(definition.Span.End);
            string? counterparty = null;
            var with = WithParty().Match(context.Text, sentenceStart, sentenceEnd - sentenceStart);
            if (with.Success)
            {
                int at = with.Groups["p"].Index;
                counterparty = context.Parties
                    .FirstOrDefault(p => string.CompareOrdinal(context.Text, at, p.Name, 0, p.Name.Length) == 0
                        || p.ShortName is { } s && string.CompareOrdinal(context.Text, at, s, 0, s.Length) == 0)?.Name
                    ?? with.Groups["p"].Value.Trim().TrimEnd(',');
            }
            context.Agreements.Add(new Agreement(name, term.Term, date, counterparty, definition.Span));
        }
    }

    private static bool IsAgreementName(string name) =>
        name.EndsWith("Agreement", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Agreements", StringComparison.OrdinalIgnoreCase);
}
