using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Pairs a document's date ("dated as of X") with the filing date of the Form 8-K it is incorporated from, when the
/// entry says both in one breath: "X, dated Y (incorporated by reference to Exhibit 10.1 to our Current Report on Form
/// 8-K filed on Z)". Other reports (10-K, 10-Q, S-1) file older documents as a matter of course and are left alone.
/// </summary>
internal sealed partial class IncorporatedDocumentExtractor : IFactExtractor
{
    [GeneratedRegex(@"\bdated(?:\s+as\s+of)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DatedBefore();

    [GeneratedRegex(@"\G[^()\n]{0,200}?\([^()\n]{0,80}?\b(?:incorporated|filed)\s+(?:herein\s+)?by\s+reference\s+(?:to|from)\b[^()\n]{0,200}?\bForm\s+8-K\b[^()\n]{0,80}?\bfiled\s+(?:with\s+the\s+(?:SEC|Commission|Securities\s+and\s+Exchange\s+Commission)\s+)?on\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IncorporatedFrom8K();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        var dates = context.Dates;
        for (int i = 0; i + 1 < dates.Count; i++)
        {
            var dated = dates[i];
            int start = dated.Span.Start;
            if (!DatedBefore().IsMatch(text.AsSpan(Math.Max(0, start - 20), Math.Min(20, start)))) continue;
            var filed = dates[i + 1];
            if (filed.Span.Start - dated.Span.End > 600) continue;
            // The words between the two dates, read as one: "(incorporated by reference to ... Form 8-K filed on".
            string between = text[dated.Span.End..filed.Span.Start];
            if (!IncorporatedFrom8K().IsMatch(between)) continue;
            context.IncorporatedDocuments.Add(new IncorporatedDocument(dated, filed, SourceSpan.FromBounds(dated.Span.Start, filed.Span.End)));
        }
    }
}
