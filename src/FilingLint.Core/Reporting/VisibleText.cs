using System.Buffers;
using System.Globalization;
using System.Text;

namespace FilingLint.Reporting;

/// <summary>
/// Shows the characters that act on a terminal, a CI log or a reader's eye instead of being read as text: C0 and C1
/// controls (a line break that starts a line of its own, <c>ESC</c> that starts an ANSI sequence), the bidi embeddings,
/// overrides and isolates that reorder what follows (U+202A–U+202E, U+2066–U+2069), the line and paragraph
/// separators, and what is no character at all (a lone surrogate, U+FFFE, U+FFFF). Each becomes a C-style escape,
/// <c>\n</c>, <c>\x1b</c>, <c>\u202e</c>, so a file name holding "\n::error file=x::y" cannot print a workflow command
/// of its own, and filing text cannot clear the screen or turn a line around. A backslash is left alone: Windows paths
/// would otherwise double every separator, and nothing acts on a backslash.
/// </summary>
internal static class VisibleText
{
    private static readonly SearchValues<char> Acting = SearchValues.Create(
        Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21))
            .Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4))
            .Concat([0x2028, 0x2029, 0xFFFE, 0xFFFF])
            .Concat(Enumerable.Range(0xD800, 0x800))
            .Select(c => (char)c).ToArray());

    /// <summary>The bidi controls alone, for text whose line breaks are its own (the HTML report's filing text).</summary>
    private static readonly SearchValues<char> Bidi = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary><paramref name="text"/> with every acting character escaped; the same instance when there is none.</summary>
    public static string Escape(string text) => Escape(text, Acting);

    /// <summary><paramref name="text"/> with its bidi controls escaped; line breaks and other controls left as they are.</summary>
    public static string EscapeBidi(string text) => Escape(text, Bidi);

    private static string Escape(string text, SearchValues<char> acting)
    {
        int i = text.AsSpan().IndexOfAny(acting);
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (!acting.Contains(c))
            {
                sb.Append(c);
                continue;
            }
            // A surrogate pair is one character, not two halves to show.
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            sb.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                < '\u0100' => @"\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }
        return sb.ToString();
    }
}
