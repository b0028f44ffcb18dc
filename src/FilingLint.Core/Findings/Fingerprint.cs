using System.Security.Cryptography;
using System.Text;
using FilingLint.Documents;

namespace FilingLint.Findings;

/// <summary>
/// A finding's identity that survives unrelated edits: the rule id, the normalized excerpt and a few words of
/// normalized text on either side, hashed. Line and column are left out on purpose, so inserting text above a
/// finding does not make it new (baselines and SARIF <c>partialFingerprints</c> rely on this). A document-level finding
/// (a missing legend, reported at the first paragraph for want of a place) is identified by its rule and message, which
/// say what is absent: the first paragraph's words are no part of it, so editing or inserting paragraphs keeps it.
/// </summary>
public static class Fingerprint
{
    /// <summary>How many letters and digits of the document's text on each side of the finding take part
    /// (counted after normalizing, so re-wrapping lines or changing quote styles does not change it).</summary>
    public const int ContextChars = 24;

    /// <summary>The fingerprints of a file's findings, in the same order; equal ones get an occurrence suffix (<c>…:2</c>).</summary>
    public static IReadOnlyList<string> ForFindings(IReadOnlyList<Finding> findings, Document? document) =>
        Numbered(findings, f => Of(f, document));

    /// <summary>
    /// The fingerprints written before document-level findings were told apart (every finding by its text and
    /// neighbours), so that a baseline written then still accepts the findings it accepted.
    /// </summary>
    internal static IReadOnlyList<string> ByTextForFindings(IReadOnlyList<Finding> findings, Document? document) =>
        Numbered(findings, f => ByText(f, document));

    private static IReadOnlyList<string> Numbered(IReadOnlyList<Finding> findings, Func<Finding, string> of)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>(findings.Count);
        foreach (var finding in findings)
        {
            string hash = of(finding);
            int n = seen.TryGetValue(hash, out int count) ? count + 1 : 1;
            seen[hash] = n;
            result.Add(n == 1 ? hash : $"{hash}:{n}");
        }
        return result;
    }

    /// <summary>One finding's fingerprint, without the occurrence suffix.</summary>
    public static string Of(Finding finding, Document? document) =>
        finding.DocumentLevel ? Hash(finding.RuleId, "\u0001document", Normalize(finding.Message)) : ByText(finding, document);

    private static string ByText(Finding finding, Document? document)
    {
        string before = "", after = "";
        if (document is not null)
        {
            int start = Math.Clamp(finding.Span.Start, 0, document.Text.Length);
            int end = Math.Clamp(finding.Span.End, start, document.Text.Length);
            int from = start, letters = 0;
            while (from > 0 && letters < ContextChars) { if (char.IsLetterOrDigit(document.Text[--from])) letters++; }
            int to = end;
            letters = 0;
            while (to < document.Text.Length && letters < ContextChars) { if (char.IsLetterOrDigit(document.Text[to++])) letters++; }
            before = document.Text[from..start];
            after = document.Text[end..to];
        }
        return Hash(finding.RuleId, Normalize(finding.Excerpt), Normalize(before), Normalize(after));
    }

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..32];

    /// <summary>Lower-case letters and digits, every other run (spaces, line breaks, quotes, punctuation) one space.</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool gap = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && sb.Length > 0) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else gap = true;
        }
        return sb.ToString();
    }
}
