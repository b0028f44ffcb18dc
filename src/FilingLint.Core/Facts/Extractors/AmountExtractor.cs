using System.Globalization;
using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>Money amounts, share counts and percentages, with the role read from the words around them.</summary>
internal sealed partial class AmountExtractor : IFactExtractor
{
    [GeneratedRegex(@"(?<cur>US\$|\$)\s?(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<dec>\d+))?(?:\s+(?<scale>million|billion|thousand)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"(?<![\d$.,])(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<dec>\d+))?\s+(?:shares|ordinary\s+shares|ADSs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Shares();

    [GeneratedRegex(@"(?<![\d.])(?<num>\d{1,3})(?:\.(?<dec>\d+))?\s?(?:%|percent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?:aggregate\s+(?:gross\s+)?(?:offering|sales)\s+(?:price|amount)|maximum\s+aggregate\s+(?:offering\s+)?(?:price|amount))(?:\s+of)?(?:\s+(?:up\s+to|not\s+to\s+exceed))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CapLead();

    /// <summary>"up to $X" is a cap only in an offering sentence; elsewhere it is a fee, a milestone or a reimbursement.</summary>
    [GeneratedRegex(@"\bup\s+to\s+(?:an\s+aggregate\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UpToLead();

    [GeneratedRegex(@"\b(?:offer\s+and\s+sell|offer\s+and\s+issue|sales\s+agreement|distribution\s+agreement|at[\s-]the[\s-]market|aggregate\s+(?:gross\s+)?(?:offering|sales)\s+price)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfferingSentence();

    [GeneratedRegex(@"\b(?:reimburse\w*|expenses|milestone|fees?\b|royalt\w*|loan|credit\s+facility|indemnif\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex NotOfferingSentence();

    [GeneratedRegex(@"\bgross\s+(?:sales\s+)?proceeds\s+(?:of\s+)?(?:approximately\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GrossProceedsLead();

    [GeneratedRegex(@"\bnet\s+proceeds\b[^$]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex NetProceedsLead();

    [GeneratedRegex(@"\b(?:remain(?:s|ing)?|available)\b[^$]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex RemainingLead();

    [GeneratedRegex(@"^\s*(?:of\s+\w+\s+\w+\s+)?(?:remain(?:s|ing)?\s+available|remaining)", RegexOptions.IgnoreCase)]
    private static partial Regex RemainingTail();

    /// <summary>What remains of a debt or a facility is not what remains of the offering: "the remaining outstanding principal amount of".</summary>
    [GeneratedRegex(@"\b(?:principal|indebtedness|balance|loan|notes?|debentures?|facility|interest|obligations?|payments?|purchase\s+price|consideration)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DebtWords();

    [GeneratedRegex(@"^\s*(?:per\s+share|a\s+share|per\s+ADS)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerShareTail();

    [GeneratedRegex(@"\b(?:public\s+float|held\s+by\s+non-affiliates)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublicFloatContext();

    [GeneratedRegex(@"\b(?:sold|issued\s+and\s+sold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SoldContext();

    [GeneratedRegex(@"\b(?:commission|compensation|fee)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommissionContext();

    private static readonly string[] QualifierWords = { "up to", "initially", "approximately", "an aggregate of", "not to exceed", "at least", "maximum" };

    public void Extract(FactContext context)
    {
        string text = context.Text;
        foreach (Match m in Money().Matches(text))
        {
            decimal value = Number(m);
            string lead = Lead(context, m.Index);
            string tail = text.Substring(m.Index + m.Length, Math.Min(60, text.Length - m.Index - m.Length));
            string sentence = Sentence(context, m.Index);
            AmountRole role = AmountRole.Other;
            // Each lead pattern needs one of these words near the end of the lead; most amounts have none of them.
            var near = lead.AsSpan(Math.Max(0, lead.Length - 140));
            var last = near.TrimEnd();
            bool proceeds = near.Contains("proceeds", StringComparison.OrdinalIgnoreCase);
            bool aggregate = near.Contains("aggregate", StringComparison.OrdinalIgnoreCase);
            bool cap = aggregate && CapLead().IsMatch(lead);
            if (PerShareTail().IsMatch(tail)) role = AmountRole.PricePerShare;
            else if (proceeds && GrossProceedsLead().IsMatch(lead) && SoldContext().IsMatch(sentence)) role = AmountRole.SoldGrossProceeds;
            else if (proceeds && NetProceedsLead().IsMatch(lead)) role = AmountRole.NetProceeds;
            else if ((RemainingTail().IsMatch(tail) || (near.Contains("remain", StringComparison.OrdinalIgnoreCase) || near.Contains("available", StringComparison.OrdinalIgnoreCase))
                && RemainingLead().IsMatch(lead) && !cap) && !DebtWords().IsMatch(RemainingClause(lead))) role = AmountRole.Remaining;
            else if (cap && !SoldContext().IsMatch(lead)) role = AmountRole.OfferingCap;
            else if ((last.EndsWith("to", StringComparison.OrdinalIgnoreCase) || last.EndsWith("of", StringComparison.OrdinalIgnoreCase))
                && UpToLead().IsMatch(lead) && OfferingSentence().IsMatch(sentence) && !NotOfferingSentence().IsMatch(sentence)) role = AmountRole.OfferingCap;
            else if (PublicFloatContext().IsMatch(sentence)) role = AmountRole.PublicFloat;
            Add(context, m, value, AmountUnit.Dollars, role, lead);
        }
        foreach (Match m in Shares().Matches(text))
        {
            string lead = Lead(context, m.Index);
            var role = SoldContext().IsMatch(lead) ? AmountRole.SharesSold : AmountRole.Other;
            Add(context, m, Number(m), AmountUnit.Shares, role, lead);
        }
        foreach (Match m in Percent().Matches(text))
        {
            string sentence = Sentence(context, m.Index);
            var role = CommissionContext().IsMatch(sentence) ? AmountRole.CommissionRate : AmountRole.Other;
            Add(context, m, Number(m), AmountUnit.Percent, role, Lead(context, m.Index));
        }
    }

    /// <summary>The words from "remain"/"available" to the amount: what they say remains ("remaining principal amount of").</summary>
    private static string RemainingClause(string lead)
    {
        int at = Math.Max(lead.LastIndexOf("remain", StringComparison.OrdinalIgnoreCase), lead.LastIndexOf("available", StringComparison.OrdinalIgnoreCase));
        return at < 0 ? "" : lead[at..];
    }

    private static void Add(FactContext context, Match m, decimal value, AmountUnit unit, AmountRole role, string lead)
    {
        string lower = lead.ToLowerInvariant();
        var qualifiers = QualifierWords.Where(q => lower.EndsWith(q, StringComparison.Ordinal) || lower.EndsWith(q + " ", StringComparison.Ordinal)
            || lower.Length > 0 && lower[Math.Max(0, lower.Length - 40)..].Contains(q, StringComparison.Ordinal)).ToArray();
        context.Amounts.Add(new Amount(value, unit, role, m.Value, qualifiers, new SourceSpan(m.Index, m.Length)));
    }

    /// <summary>Words and figures: "fourteen million five hundred thousand dollars ($14,500,000)"; the role is read before the words.</summary>
    [GeneratedRegex(@"(?:\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|and)[\s-]+)+(?:U\.S\.\s+)?dollars\s*\(\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AmountInWords();

    private static string Lead(FactContext context, int index)
    {
        int start = context.SentenceStart(index);
        string lead = context.Text[start..index];
        if (!lead.AsSpan().TrimEnd().EndsWith('(')) return lead; // the words-and-figures pattern ends "dollars ("
        var words = AmountInWords().Match(lead);
        return words.Success ? lead[..words.Index] : lead;
    }

    private static string Sentence(FactContext context, int index) =>
        context.Text[context.SentenceStart(index)..context.SentenceEnd(index)];

    private static decimal Number(Match m)
    {
        decimal value = decimal.Parse(m.Groups["num"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        if (m.Groups["dec"].Success)
            value += decimal.Parse("0." + m.Groups["dec"].Value, CultureInfo.InvariantCulture);
        return m.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "thousand" => value * 1_000m,
            "million" => value * 1_000_000m,
            "billion" => value * 1_000_000_000m,
            _ => value,
        };
    }
}
