using System.Text;

namespace FilingLint.Expressions;

/// <summary>
/// A message with holes: <c>"Gross proceeds ({it.SoldGrossProceeds:C0}) exceed the cap"</c>. Each hole is a
/// rule expression, optionally with a format after a top-level colon (as in C# interpolation, wrap a
/// conditional in parentheses); <c>{{</c> and <c>}}</c> are literal braces.
/// </summary>
internal sealed class MessageTemplate
{
    internal sealed record Hole(string Expression, string? Format, int Offset);

    private readonly List<object> _parts = new();

    /// <summary>The longest message a finding carries; a hole that prints more is cut, so no rule can fill the memory through its message.</summary>
    internal const int MaxLength = 10_000;

    /// <summary>The largest precision or width a hole's format may ask for (“C2”, “D8”); “D999999999” would print a billion digits.</summary>
    private const int MaxFormatNumber = 99;

    public IReadOnlyList<Hole> Holes => _parts.OfType<Hole>().ToList();

    private MessageTemplate() { }

    /// <summary>Parses the template; <paramref name="error"/> gives the offset and text of the first problem.</summary>
    public static MessageTemplate Parse(string text, out (int Offset, string Message)? error)
    {
        error = null;
        var template = new MessageTemplate();
        var literal = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{') { literal.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}') { literal.Append('}'); i++; continue; }
            if (c == '}') { error = (i, "unmatched '}' in message; write '}}' for a literal brace"); return template; }
            if (c != '{') { literal.Append(c); continue; }

            int start = i + 1, depth = 0, formatAt = -1, j = start;
            char quote = '\0';
            for (; j < text.Length; j++)
            {
                char d = text[j];
                if (quote != '\0')
                {
                    if (d == '\\') j++;
                    else if (d == quote) quote = '\0';
                    continue;
                }
                if (d is '"' or '\'') quote = d;
                else if (d is '(' or '[' or '{') depth++;
                else if (d is ')' or ']') depth--;
                else if (d == '}' && depth > 0) depth--;
                else if (d == '}') break;
                else if (d == ':' && depth == 0 && formatAt < 0) formatAt = j;
            }
            if (j >= text.Length) { error = (i, "unclosed '{' in message; write '{{' for a literal brace"); return template; }
            string expression = text[start..(formatAt < 0 ? j : formatAt)];
            if (string.IsNullOrWhiteSpace(expression)) { error = (i, "empty '{}' in message"); return template; }
            if (formatAt >= 0 && LargestNumber(text.AsSpan(formatAt + 1, j - formatAt - 1)) > MaxFormatNumber)
            {
                error = (formatAt + 1, $"the format '{text[(formatAt + 1)..j]}' asks for more than {MaxFormatNumber} digits");
                return template;
            }
            if (literal.Length > 0) { template._parts.Add(literal.ToString()); literal.Clear(); }
            template._parts.Add(new Hole(expression, formatAt < 0 ? null : text[(formatAt + 1)..j], start));
            i = j;
        }
        if (literal.Length > 0) template._parts.Add(literal.ToString());
        return template;
    }

    private static long LargestNumber(ReadOnlySpan<char> format)
    {
        long largest = 0, current = 0;
        foreach (char c in format)
        {
            current = char.IsAsciiDigit(c) ? Math.Min(current * 10 + (c - '0'), int.MaxValue) : 0;
            largest = Math.Max(largest, current);
        }
        return largest;
    }

    public string Render(IReadOnlyList<object?> values)
    {
        var sb = new StringBuilder();
        int h = 0;
        foreach (var part in _parts)
        {
            if (sb.Length > MaxLength) break;
            if (part is string s) sb.Append(s);
            else
            {
                var hole = (Hole)part;
                sb.Append(FactFormatting.Format(h < values.Count ? values[h] : null, hole.Format, MaxLength - sb.Length));
                h++;
            }
        }
        if (sb.Length <= MaxLength) return sb.ToString();
        sb.Length = MaxLength - 1;
        return sb.Append('…').ToString();
    }
}
