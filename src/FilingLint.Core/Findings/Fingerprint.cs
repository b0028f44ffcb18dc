using System.Security.Cryptography;
using System.Text;
using FilingLint.Documents;

namespace FilingLint.Findings;

/// <summary>
/// A finding's identity that survives unrelated edits: the rule id, the normalized excerpt and a few words of
/// normalized text on either side, hashed. Line and column are left out on purpose, so inserting text above a
/// finding does not make it new (baselines and SARIF <c>partialFingerprints</c> rely on this).
/// </summary>
public static class Fingerprint
{
    /// <summary>How many letters and digits of the document's text on each side of the finding take part
    /// (counted after normalizing, so re-wrapping lines or changing quote styles does not change it).</summary>
    public const int ContextChars = 24;

    /// <summary>The fingerprints of a file's findings, in the same order; equal ones get an occurrence suffix (<c>…:2</c>).</summary>
    public static IReadOnlyList<string> ForFindings(IReadOnlyList<Finding> findings, Document? document)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>(findings.Count);
        foreach (var finding in findings)
        {
            string hash = Of(finding, document);
            int n = seen.TryGetValue(hash, out int count) ? count + 1 : 1;
            seen[hash] = n;
            result.Add(n == 1 ? hash : $"{hash}:{n}");
        }
        return result;
    }

    /// <summary>One finding's fingerprint, without the occurrence suffix.</summary>
    public static string Of(Finding finding, Document? document)
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
        string key = string.Join('\u001f', finding.RuleId, Normalize(finding.Excerpt), Normalize(before), Normalize(after));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

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
