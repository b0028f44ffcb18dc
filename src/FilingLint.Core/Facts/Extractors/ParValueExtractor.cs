using System.Globalization;
using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Par values of the issuer's classes of stock, in the shapes filings give them: “common stock, par value $0.001 per
/// share”, “Common Stock, $0.001 par value”, “shares of Common Stock at a par value of $0.00001 per share”. Only a
/// class named as the issuer's own (“our”, “the Company's”, “its”, “shares of”, or opening a line of the cover's
/// securities table) counts: a merger partner's or a subsidiary's stock (“Acme common stock”) has a par value of its own.
/// </summary>
internal sealed partial class ParValueExtractor : IFactExtractor
{
    [GeneratedRegex(@"(?<class>(?:Class\s+[A-Z]\s+|Series\s+[A-Z0-9]{1,3}\s+)?(?:[Cc]ommon|[Pp]referred|[Oo]rdinary|COMMON|PREFERRED)\s+(?:[Ss]tock|[Ss]hares|STOCK|SHARES))(?:\s*,\s*|\s+)(?:\(\s*)?(?:\$\s?(?<v1>\d*\.\d+|\d+)\s+par\s+value|(?:at\s+a\s+|with\s+a\s+)?par\s+value\s+(?:of\s+)?(?:US)?\$\s?(?<v2>\d*\.\d+|\d+))", RegexOptions.IgnoreCase)]
    private static partial Regex Stated();

    /// <summary>The word before the class that makes it the issuer's.</summary>
    [GeneratedRegex(@"(?:^|\b(?:our|its|the|of|Company[’']s|Registrant[’']s|Issuer[’']s|Corporation[’']s|designated|authorized|registered|issue|offering|offer|sell|resale)|[•●·;:(]|\d)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnLead();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        var found = new List<(string Class, string Written, string Text, decimal Value, SourceSpan Span)>();
        foreach (Match m in Stated().Matches(text))
        {
            if (m.Index >= context.ProspectusEnd) break;
            var cls = m.Groups["class"];
            int lineStart = Math.Max(context.Document.BlockAt(cls.Index)?.Span.Start ?? 0, cls.Index - 60);
            if (!OwnLead().IsMatch(text.AsSpan(lineStart, cls.Index - lineStart).ToString())) continue;
            var v = m.Groups["v1"].Success ? m.Groups["v1"] : m.Groups["v2"];
            if (!decimal.TryParse(v.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
            found.Add((ClassKey(cls.Value), Spaces.Collapse(cls.Value), "$" + v.Value, value, new SourceSpan(v.Index, v.Length)));
        }
        // A supplement and the base prospectus it reprints are compared each within itself: the base, written earlier,
        // may tell of a class as it was before a merger or a redesignation.
        int baseStart = context.BaseProspectusStart < 0 ? int.MaxValue : context.BaseProspectusStart;
        foreach (var byClass in found.GroupBy(f => (f.Class, f.Span.Start >= baseStart)))
        {
            var values = byClass.GroupBy(f => f.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).ToList();
            var usual = values[0];
            foreach (var f in byClass)
            {
                bool odd = f.Value != usual.Key;
                context.ParValues.Add(new ParValue(f.Written, f.Text, f.Value, odd ? usual.First().Text : null, odd ? usual.Count() : 0,
                    odd && values.Count(g => g.Count() == usual.Count()) > 1, f.Span));
            }
        }
    }

    /// <summary>“Common Stock”, “common shares” and “COMMON STOCK” are one class; “Class A common stock” is another.</summary>
    private static string ClassKey(string cls) =>
        Spaces.Collapse(cls).ToLowerInvariant().Replace("shares", "stock", StringComparison.Ordinal);
}
