using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Agreements are defined terms naming an agreement; the counterparty comes from "with ..." in the same sentence. An
/// agreement's date is the one its own definition gives it ("a Sales Agreement, dated as of May 1, 2025 (the “Sales
/// Agreement”)", "On May 2, 2025, we entered into a Sales Agreement (the ...)", "the Sales Agreement we entered into with
/// Acme on May 2, 2025 (the ...)"); only without one a dated reference elsewhere, by its term first, by its title
/// second. A title is not a name: a date another defined agreement of the same title takes for its own, or a reference
/// to the title "with" another party ("the Master Loan Agreement, dated ..., with Other Lender"), dates another agreement.
/// </summary>
internal sealed partial class AgreementExtractor : IFactExtractor
{
    [GeneratedRegex(@"\bwith\s+(?<p>[A-Z][\w.&,' -]{1,80}?)\s*(?:\(|,\s+(?:as|acting|relating|pursuant|which|under)\b|\s+(?:as|acting|relating|pursuant|under|which|for)\b|(?<!\b[A-Z]|\bInc|\bCo|\bCorp|\bLtd|\bNo)\.\s|;|$)")]
    private static partial Regex WithParty();

    public void Extract(FactContext context)
    {
        var found = new List<(Agreement Agreement, TermDefinition Definition, (DateFact Date, bool Executed)? Own)>();
        foreach (var term in context.DefinedTerms)
        {
            var definition = term.Definitions[0];
            // One agreement or a set of them ("indemnification agreements with each director (the “Indemnification Agreements”)").
            bool isAgreement = IsAgreementName(term.Term) || IsAgreementName(definition.Antecedent);
            if (!isAgreement) continue;
            string name = definition.Antecedent.EndsWith("greement", StringComparison.Ordinal) || definition.Antecedent.EndsWith("greements", StringComparison.Ordinal)
                ? definition.Antecedent : term.Term;

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
            found.Add((new Agreement(name, term.Term, null, counterparty, definition.Span), definition, OwnDate(context, definition, name, term.Term)));
        }

        // A date one agreement's definition gives is that agreement's, whatever title the other shares with it.
        var owned = found.Where(a => a.Own is not null).Select(a => a.Own!.Value.Date.Span.Start).ToHashSet();
        foreach (var (agreement, definition, own) in found)
        {
            var dated = own?.Date ?? DatedElsewhere(context, agreement, owned)?.Date;
            context.Agreements.Add(agreement with { Date = dated?.Value, DateSource = dated });
        }
    }

    /// <summary>"(the “Sales Agreement”), dated May 1" or "..., dated May 1 (the ...)": a date right after the title or the definition.</summary>
    [GeneratedRegex(@"^[\s,]*(?:\)\s*,?\s*)?dated(?:\s+as\s+of)?\s*$")]
    private static partial Regex DatedTail();

    /// <summary>"the Sales Agreement we entered into with Acme on May 2, 2025 (the “...”)": the day, between the title and its definition.</summary>
    [GeneratedRegex(@"\b(?:entered\s+into|signed|executed)\b[^()“”"";]{0,100}?\b(?:on|as\s+of)\s*$")]
    private static partial Regex EnteredOnGap();

    /// <summary>"On May 2, 2025, the Company, through its subsidiary, entered into a": the sentence's lead before the title.</summary>
    [GeneratedRegex(@"^\W*On\s*$")]
    private static partial Regex OnOpening();

    [GeneratedRegex(@"^\s*,?[^;]*?\bentered\s+into\s+(?:an?|the)\s+$")]
    private static partial Regex EnteredIntoLead();

    /// <summary>"(the “", "(collectively, the “": what stands between a date and the definition it dates.</summary>
    [GeneratedRegex(@"^\s*,?\s*\(\s*(?:(?:collectively|together)\s*,?\s*)?(?:the\s+)?[“""]\s*$")]
    private static partial Regex DefinitionOpening();

    /// <summary>The date the agreement's own definition gives it: "dated" before executed (the day it was entered into).</summary>
    private static (DateFact Date, bool Executed)? OwnDate(FactContext context, TermDefinition definition, string name, string term)
    {
        string text = context.Text;
        int antecedentEnd = definition.AntecedentSpan.End, termStart = definition.Span.Start;
        int closing = text.IndexOf(')', definition.Span.End);
        int definitionEnd = closing >= 0 && closing - definition.Span.End < 8 ? closing + 1 : definition.Span.End;
        int sentenceStart = context.SentenceStart(definition.AntecedentSpan.Start);
        var candidates = new List<(DateFact Date, bool Executed)>();
        foreach (var date in context.Dates)
        {
            int at = date.Span.Start;
            if (date.Value is null || at < definition.AntecedentSpan.Start - 400) continue;
            if (at > definitionEnd + 40) break;
            if (at >= antecedentEnd && at < termStart)
            {
                // Between the title and the definition: "..., dated May 1, 2025 (the", "... we entered into with Acme on May 2, 2025 (the".
                string gap = text[antecedentEnd..at];
                if (!DefinitionOpening().IsMatch(text.AsSpan(date.Span.End, termStart - date.Span.End))) continue;
                if (DatedTail().IsMatch(gap)) candidates.Add((date, false));
                else if (EnteredOnGap().IsMatch(gap) && !gap.Contains("Agreement", StringComparison.Ordinal)) candidates.Add((date, true));
            }
            else if (at >= definitionEnd)
            {
                // "(the “Services Agreement”), dated March 2, 2026".
                if (DatedTail().IsMatch(text.AsSpan(definitionEnd, at - definitionEnd))) candidates.Add((date, false));
            }
            else if (date.Span.End <= definition.AntecedentSpan.Start)
            {
                // "On May 2, 2025, the Company (the “Company”), through its subsidiary, entered into a Sales Agreement (the ...".
                if (at < sentenceStart || !OnOpening().IsMatch(text.AsSpan(sentenceStart, at - sentenceStart))) continue;
                string lead = text[date.Span.End..definition.AntecedentSpan.Start];
                if (EnteredIntoLead().IsMatch(lead) && !lead.Contains("Agreement", StringComparison.Ordinal)) candidates.Add((date, true));
            }
        }
        // A dated reference the date extractor read in the definition ("a Sales Agreement, dated as of ..."), by name. One by the
        // term itself comes first: "the Warrant Agreement, dated May 1, 2020, as amended by the Amendment Agreement, dated
        // June 2, 2021 (together, the “Warrant Agreement”)" is the agreement of May 1, 2020, as amended.
        var byTerm = new HashSet<int>();
        foreach (var r in context.DocumentReferences)
        {
            if (r.Date.Value is null || r.Name != name && r.Name != term || r.Date.Span.Start < sentenceStart || r.Date.Span.Start >= definitionEnd) continue;
            if (r.Name == term && r.Name != name) byTerm.Add(r.Date.Span.Start);
            if (candidates.All(c => c.Date.Span.Start != r.Date.Span.Start)) candidates.Add((r.Date, r.Executed));
        }
        return candidates.Count == 0 ? null : candidates.OrderBy(c => c.Executed).ThenBy(c => !byTerm.Contains(c.Date.Span.Start)).First();
    }

    /// <summary>Without a date of its own: a dated reference by its term, then by its title, "dated" before executed.</summary>
    private static DocumentReference? DatedElsewhere(FactContext context, Agreement agreement, HashSet<int> owned) =>
        context.DocumentReferences
            .Where(r => r.Date.Value is not null && (r.Name == agreement.Name || r.Name == agreement.Term))
            .Where(r => r.Name == agreement.Term || !owned.Contains(r.Date.Span.Start) && !WithAnotherParty(context, r, agreement))
            .OrderBy(r => r.Executed).ThenBy(r => r.Name != agreement.Term).FirstOrDefault();

    /// <summary>"the Master Loan Agreement, dated October 6, 2025, with Other Lender Ltd.": a title dated with a party other than the agreement's.</summary>
    private static bool WithAnotherParty(FactContext context, DocumentReference reference, Agreement agreement)
    {
        if (agreement.Counterparty is not { } counterparty) return false;
        var party = PartyAfterDate().Match(context.Text, reference.Date.Span.End);
        if (!party.Success) return false;
        string mentioned = party.Groups["p"].Value.Trim();
        if (counterparty.StartsWith(mentioned, StringComparison.OrdinalIgnoreCase) || mentioned.StartsWith(counterparty, StringComparison.OrdinalIgnoreCase)
            || FirstWord(mentioned) == FirstWord(counterparty)) return false;
        // A party's short name: "Acme" for "Acme Securities LLC (“Acme”)".
        return !context.Parties.Any(p => (p.Name == counterparty || counterparty.StartsWith(p.Name, StringComparison.Ordinal))
            && p.ShortName is { } s && mentioned.StartsWith(s, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\G,? *(?:by and )?(?:with|between [^,;()]{0,80}? and|among [^,;()]{0,80}? and) +(?<p>[A-Z][\w.&’' -]{1,60}?)(?=[,;(]| +(?:as|and|for|pursuant|relating|under|which)\b|\. |$)")]
    private static partial Regex PartyAfterDate();

    private static string FirstWord(string name) => name.Split(' ', 2)[0].TrimEnd(',');

    private static bool IsAgreementName(string name) =>
        name.EndsWith("Agreement", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Agreements", StringComparison.OrdinalIgnoreCase);
}
