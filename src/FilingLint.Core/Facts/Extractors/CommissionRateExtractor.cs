using System.Globalization;
using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// The commission as a percentage of the sales price or gross proceeds. Lower-case "commission" only, so that the
/// Securities and Exchange "Commission" is not read; sentences with several rates (tiers, fees beside the commission) are skipped.
/// </summary>
internal sealed partial class CommissionRateExtractor : IFactExtractor
{
    [GeneratedRegex(@"\bup\s+to\b|\bmaximum\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpToOrMaximum();

    [GeneratedRegex(@"\b(?:commissions?|compensation)\b(?:\s+rate)?(?<mid>[^.;%$]{0,80}?)(?<![\d.])(?<n>\d{1,2}(?:\.\d{1,3})?)\s?(?:%|percent\b)\s+of\s+the\s+(?:aggregate\s+)?(?:gross\s+)?(?:sales?\s+price|proceeds|offering\s+price)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"\d\s?(?:%|percent\b)")]
    private static partial Regex AnyPercent();

    /// <summary>A rate for some sales only (reduced, introduced investors, block trades, tiers): not the rate to compare.</summary>
    [GeneratedRegex(@"\b(?:except\w*|reduced|introduced|other\s+than|in\s+the\s+case\s+of|for\s+(?:any\s+)?sales?\s+(?:to|of|in)|block|tier\w*|first|thereafter|exceed\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartialRate();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        int end = context.ProspectusEnd;
        for (var m = Rate().Match(text, 0, end); m.Success; m = m.NextMatch())
        {
            string sentence = text[context.SentenceStart(m.Index)..context.SentenceEnd(m.Index)];
            if (AnyPercent().Matches(sentence).Count != 1 || PartialRate().IsMatch(sentence)) continue;
            decimal percent = decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            bool upTo = UpToOrMaximum().IsMatch(m.Groups["mid"].Value);
            var n = m.Groups["n"];
            context.CommissionRates.Add(new CommissionRate(percent, upTo, m.Value, new SourceSpan(n.Index, m.Index + m.Length - n.Index)));
        }
    }
}
