using System.Text;

namespace FilingLint.Expressions;

/// <summary>
/// A rule expression, written as the rule files write it (<c>it.Date.Value != null &amp;&amp; Offerings.Any(o =&gt; ...)</c>),
/// as the Dynamic LINQ text RulesEngine evaluates: the for-item <c>it</c> becomes <see cref="ItemName"/> (Dynamic LINQ
/// keeps <c>it</c> for the implicit parameter of a lambda, and would silently rebind it inside one), each fact named
/// bare becomes <c>filing.Name</c>, the null-forgiving <c>!</c> (a note to the C# compiler) is dropped, and every lambda
/// body is wrapped in <see cref="RuleGuard.Tick{T}"/> so that a runaway rule stops at its limits. String and character
/// literals are never touched. <see cref="OriginalOffset"/> maps a position in the result back to the rule's own text,
/// so a parse error points at the rule file's line and column.
/// </summary>
internal sealed class DynamicLinqText
{
    public const string ItemName = "__item";

    /// <summary>The fact model's properties: the names an expression uses bare.</summary>
    public static readonly HashSet<string> FactNames = NamesOf(typeof(Facts.Filing));

    /// <summary>A deal's properties: the names a deal rule's expression uses bare.</summary>
    public static readonly HashSet<string> DealNames = NamesOf(typeof(Facts.Deal));

    private static HashSet<string> NamesOf(Type root) =>
        new(root.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Select(p => p.Name), StringComparer.Ordinal);

    /// <summary>
    /// Brackets an expression may nest and tokens it may have. Dynamic LINQ parses by recursive descent and the
    /// expression tree is checked and compiled by recursive visitors, so depth costs stack: 20 KB of nested parentheses
    /// overflowed it (the process died), and a 40,000-term <c>&amp;&amp;</c> chain took 111 s, then did the same. The
    /// built-in rules nest 4 deep and have at most 151 tokens; these leave a wide margin.
    /// </summary>
    public const int MaxNesting = 32, MaxTokens = 2_000;

    public const string FilingName = "filing";
    private const string Tick = "RuleGuard.Tick(";

    public string Text { get; }

    /// <summary>What the rule syntax refuses before any parsing, as (offset in the original, message).</summary>
    public IReadOnlyList<(int Offset, string Message)> Problems { get; }

    // For each piece of the result, where it starts in the result and in the original.
    private readonly List<(int Result, int Original)> _map;

    private DynamicLinqText(string text, List<(int, int)> map, List<(int, string)> problems)
    {
        Text = text;
        _map = map;
        Problems = problems;
    }

    public int OriginalOffset(int resultOffset)
    {
        int lo = 0, hi = _map.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_map[mid].Result <= resultOffset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (_map.Count == 0) return 0;
        // Within a piece, the offset counts on in the original, up to where the next piece begins.
        int within = Math.Max(0, resultOffset - _map[found].Result);
        int room = found + 1 < _map.Count ? _map[found + 1].Original - _map[found].Original : within;
        return _map[found].Original + Math.Min(within, room);
    }

    public static DynamicLinqText Translate(string expression, bool guard = true, HashSet<string>? rootNames = null)
    {
        var names = rootNames ?? FactNames;
        var tokens = Tokenize(expression);
        var sb = new StringBuilder();
        var map = new List<(int, int)>();
        var problems = new List<(int, string)>();
        if (TooLarge(tokens, expression) is { } tooLarge)
        {
            problems.Add(tooLarge);
            return new DynamicLinqText(expression, [(0, 0)], problems);
        }
        var closeAt = new Stack<int>(); // bracket depth at which a wrapped lambda body ends
        int depth = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            string text = expression.Substring(t.Start, t.Length);
            if (t.Kind == TokenKind.Punct && text is ")" or "]" or "}" or ",")
            {
                while (closeAt.Count > 0 && closeAt.Peek() == depth) { sb.Append(')'); closeAt.Pop(); }
                if (text != ",") depth--;
            }
            if (t.Kind == TokenKind.Punct && text is "(" or "[" or "{") depth++;
            map.Add((sb.Length, t.Start));
            if (Refused(t, text, tokens, expression, i) is { } problem) problems.Add((t.Start, problem));
            if (t.Kind == TokenKind.Ident && Previous(tokens, expression, i) is not ("." or "?."))
            {
                if (text == "it") { sb.Append(ItemName); continue; }
                if (names.Contains(text) && Next(tokens, expression, i) is not "=>")
                {
                    sb.Append(FilingName).Append('.').Append(text);
                    continue;
                }
            }
            // The null-forgiving operator: '!' after a name or a closing bracket, not before '='.
            if (t.Kind == TokenKind.Punct && text == "!" && i > 0 && (tokens[i - 1].Kind == TokenKind.Ident
                || tokens[i - 1].Kind == TokenKind.Punct && expression.Substring(tokens[i - 1].Start, tokens[i - 1].Length) is ")" or "]"))
                continue;
            sb.Append(text);
            if (guard && t.Kind == TokenKind.Punct && text == "=>")
            {
                sb.Append(' ').Append(Tick);
                closeAt.Push(depth);
            }
        }
        while (closeAt.Count > 0) { sb.Append(')'); closeAt.Pop(); }
        map.Add((sb.Length, expression.Length));
        return new DynamicLinqText(sb.ToString(), map, problems);
    }

    /// <summary>
    /// What Dynamic LINQ would accept but a rule may not write: a lone <c>=</c> (Dynamic LINQ reads it as equality, C#
    /// as assignment; neither belongs in a rule), an escaped name (<c>@Offerings</c>), a namespace-qualified one, and the
    /// loader's own guard.
    /// </summary>
    private static string? Refused(Token t, string text, List<Token> tokens, string s, int i)
    {
        if (t.Kind == TokenKind.Punct && text == "=") return "'=' is not allowed: write '==' to compare; a rule only reads facts";
        // C#'s directives and comments mean nothing here; Dynamic LINQ's own "Syntax error '#'" or "Expression expected"
        // left the author guessing.
        if (t.Kind == TokenKind.Punct && text == "#")
            return "'#' is not part of an expression: directives such as #line, #pragma and #if are C#'s, not a rule's; "
                   + "a comment goes on its own line of the rule file, outside the quoted expression";
        if (t.Kind == TokenKind.Punct && text == "/" && t.Start + 1 < s.Length && s[t.Start + 1] is '/' or '*' && (t.Start == 0 || s[t.Start - 1] != '/'))
            return "comments ('//', '///', '/*') are not part of an expression; put a YAML comment (# ...) on a line of its own";
        if (t.Kind == TokenKind.Ident && text.StartsWith('@')) return $"identifier '{text}' is written with an escape; write names plainly";
        // The guard is the loader's, wrapped around every lambda; a rule has no business calling it.
        if (t.Kind == TokenKind.Ident && text == nameof(RuleGuard)) return $"'{text}' is not allowed in rule expressions";
        if (t.Kind == TokenKind.Ident && text is "System" or "Microsoft" or "global" && Previous(tokens, s, i) is not ("." or "?.") && Next(tokens, s, i) is "." or ":")
            return $"qualified names are not allowed: write the type's own name ('Math', not 'System.Math')";
        return null;
    }

    /// <summary>The first token past <see cref="MaxNesting"/> or <see cref="MaxTokens"/>, with why; null within both.</summary>
    private static (int, string)? TooLarge(List<Token> tokens, string s)
    {
        int depth = 0, count = 0;
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Space) continue;
            if (++count > MaxTokens)
                return (t.Start, $"the expression has more than {MaxTokens:N0} words and symbols; split the check into smaller rules or name a fact for it");
            if (t.Kind != TokenKind.Punct) continue;
            char c = s[t.Start];
            if (c is '(' or '[' or '{' && ++depth > MaxNesting)
                return (t.Start, $"brackets are nested more than {MaxNesting} deep here; write the condition flatter");
            if (c is ')' or ']' or '}') depth--;
        }
        return null;
    }

    private enum TokenKind { Ident, Literal, Number, Punct, Space }

    private readonly record struct Token(TokenKind Kind, int Start, int Length);

    private static string? Previous(List<Token> tokens, string s, int i)
    {
        for (int j = i - 1; j >= 0; j--)
            if (tokens[j].Kind != TokenKind.Space) return s.Substring(tokens[j].Start, tokens[j].Length);
        return null;
    }

    private static string? Next(List<Token> tokens, string s, int i)
    {
        for (int j = i + 1; j < tokens.Count; j++)
            if (tokens[j].Kind != TokenKind.Space) return s.Substring(tokens[j].Start, tokens[j].Length);
        return null;
    }

    private static List<Token> Tokenize(string s)
    {
        var list = new List<Token>();
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            int start = i;
            TokenKind kind;
            if (char.IsWhiteSpace(c))
            {
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                kind = TokenKind.Space;
            }
            else if (c is '"' or '\'')
            {
                i++;
                while (i < s.Length && s[i] != c) i += s[i] == '\\' ? 2 : 1;
                i = Math.Min(s.Length, i + 1);
                kind = TokenKind.Literal;
            }
            else if (char.IsLetter(c) || c == '_' || c == '@')
            {
                i++;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_')) i++;
                kind = TokenKind.Ident;
            }
            else if (char.IsDigit(c))
            {
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '.' && i + 1 < s.Length && char.IsDigit(s[i + 1]))) i++;
                kind = TokenKind.Number;
            }
            else
            {
                string two = i + 1 < s.Length ? s.Substring(i, 2) : "";
                i += two is "=>" or "==" or "!=" or "<=" or ">=" or "&&" or "||" or "??" or "?." ? 2 : 1;
                kind = TokenKind.Punct;
            }
            list.Add(new Token(kind, start, i - start));
        }
        return list;
    }
}
