using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>Reliance on Form S-3 General Instruction I.B.6 and the two disclosures its Instruction 7 asks for.</summary>
internal sealed partial class BabyShelfExtractor : IFactExtractor
{
    [GeneratedRegex(@"\bGeneral\s+Instruction\s+I\.?\s?B\.?\s?6\b|\bone-third\s+of\s+(?:our|the)\s+(?:public\s+float|aggregate\s+market\s+value\s+of\s+(?:our\s+)?(?:outstanding\s+)?(?:voting\s+and\s+non-voting\s+)?common\s+(?:stock|equity))", RegexOptions.IgnoreCase)]
    private static partial Regex Reliance();

    [GeneratedRegex(@"\bheld\s+by\s+non-?affiliates\b|\bpublic\s+float\b", RegexOptions.IgnoreCase)]
    private static partial Regex FloatWords();

    /// <summary>A float amount: not the $75 million threshold, nor the $250/$700 million smaller-reporting-company tests.</summary>
    [GeneratedRegex(@"\b(?:was|is|of|equal(?:ed|s)?\s+to|totaled|totals|amounted\s+to)\s+(?:approximately\s+|about\s+)?\$\s?(?!75(?:\.0+)?\s*million\b)(?!75,000,000\b)(?!(?:250|700)(?:\.0+)?\s*million\b)\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion))?", RegexOptions.IgnoreCase)]
    private static partial Regex FloatAmount();

    [GeneratedRegex(@"\bprice\s+(?:per\s+share\s+)?of\s+\$\s?\d|\$\s?\d[\d,]*(?:\.\d+)?\s+per\s+(?:share|ADS)\b|\bper\s+share\s+price\s+of\s+\$\s?\d", RegexOptions.IgnoreCase)]
    private static partial Regex Price();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s*,\s*\d{4}\b")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(?:12|twelve)[\s-]+(?:calendar[\s-]+)?months?\b|\b(?:12|twelve)-month\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwelveMonths();

    [GeneratedRegex(@"\b(?:have|has|had)\s+(?:not\s+)?(?:offered\s+(?:or|and)\s+)?(?:sold|offered|issued)\b|\bwill\s+have\s+(?:offered\s+(?:or|and)\s+)?sold\b|\b(?:did|have)\s+not\s+(?:sell|offer)\b|\bno\s+securities\s+(?:have\s+been\s+|were\s+)?(?:sold|offered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastSales();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        int end = context.ProspectusEnd;
        var reliance = Reliance().Match(text, 0, end);
        if (!reliance.Success) return;

        string? floatText = null, salesText = null;
        SourceSpan floatSpan = default, salesSpan = default;
        bool price = false, date = false;
        for (var m = FloatWords().Match(text, 0, end); m.Success; m = m.NextMatch())
        {
            int start = context.SentenceStart(m.Index), sentenceEnd = context.SentenceEnd(m.Index);
            // The calculation runs long ("..., based on N shares ..., and a price of $P, the closing price on DATE"): read two sentences on.
            int stop = context.SentenceEnd(Math.Min(end - 1, sentenceEnd + 1));
            string window = text[start..stop];
            var amount = FloatAmount().Match(window);
            if (!amount.Success) continue;
            bool hasPrice = Price().IsMatch(window), hasDate = Date().IsMatch(window);
            if (floatText is not null && (price && date || !(hasPrice && hasDate))) continue;
            floatText = text[start..sentenceEnd].Trim();
            floatSpan = new SourceSpan(start, sentenceEnd - start);
            price = hasPrice;
            date = hasDate;
        }
        for (var m = reliance; m.Success && salesText is null; m = m.NextMatch())
        {
            int start = context.SentenceStart(m.Index), stop = context.SentenceEnd(m.Index);
            string sentence = text[start..stop];
            if (TwelveMonths().IsMatch(sentence) && PastSales().IsMatch(sentence))
            {
                salesText = sentence.Trim();
                salesSpan = new SourceSpan(start, stop - start);
            }
        }
        context.BabyShelf = new BabyShelf
        {
            Span = new SourceSpan(reliance.Index, reliance.Length),
            PublicFloatText = floatText,
            PublicFloatSpan = floatSpan,
            PublicFloatHasPrice = price,
            PublicFloatHasDate = date,
            PriorSalesText = salesText,
            PriorSalesSpan = salesSpan,
        };
    }
}
