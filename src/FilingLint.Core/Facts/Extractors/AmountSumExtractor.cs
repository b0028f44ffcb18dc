using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// A dollar total followed by "consisting of", "which consists of", "comprised of" and two or more dollar parts, the last
/// after "and": the parts a filing says make the total. Not a total whose parts are limits ("up to $10 million") or
/// prices ("$2.50 per share"), which do not add.
/// </summary>
internal sealed partial class AmountSumExtractor : IFactExtractor
{
    [GeneratedRegex(@"\G,?\s*(?:which\s+)?(?:consists?|consisting|is\s+comprised|comprised|comprising|made\s+up|composed)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex MadeOf();

    [GeneratedRegex(@"\band\s+(?:an?\s+)?(?:additional\s+|further\s+)?(?:approximately\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AndBefore();

    private const int MaxParts = 4;

    public void Extract(FactContext context)
    {
        string text = context.Text;
        var dollars = context.Amounts.Where(a => a.Unit == AmountUnit.Dollars).OrderBy(a => a.Span.Start).ToList();
        for (int i = 0; i < dollars.Count - 2; i++)
        {
            var total = dollars[i];
            var made = MadeOf().Match(text, total.Span.End);
            if (!made.Success) continue;
            int end = Math.Min(context.SentenceEnd(total.Span.Start), IndexOrEnd(text, ';', made.Index + made.Length));
            var parts = new List<Amount>();
            for (int j = i + 1; j < dollars.Count && dollars[j].Span.Start < end && parts.Count <= MaxParts; j++) parts.Add(dollars[j]);
            if (parts.Count is < 2 or > MaxParts) continue;
            if (parts.Any(p => p.Role == AmountRole.PricePerShare || p.Qualifiers.Contains("up to") || p.Qualifiers.Contains("maximum"))) continue;
            var last = parts[^1];
            string before = text[Math.Max(made.Index, last.Span.Start - 60)..last.Span.Start];
            if (!AndBefore().IsMatch(before)) continue;
            context.AmountSums.Add(new AmountSum(total, parts, SourceSpan.FromBounds(total.Span.Start, last.Span.End)));
        }
    }

    private static int IndexOrEnd(string text, char c, int from)
    {
        int at = text.IndexOf(c, from);
        return at < 0 ? text.Length : at;
    }
}
