namespace FilingLint.Documents.Readers;

/// <summary>
/// Plain text and the Markdown-flavoured text drafts are exported as: blank lines separate paragraphs,
/// <c>**bold**</c> and <c>__bold__</c> markers are dropped (a paragraph entirely in bold is marked so),
/// backslash escapes such as <c>\$</c> are resolved, <c>---</c> lines are page breaks, <c>#</c> lines headings.
/// </summary>
internal sealed class PlainTextReader : IDocumentReader
{
    public string Format => "text";

    public bool CanRead(string path, ReadOnlySpan<byte> head) => true;

    public ReadResult Read(string path, ArraySegment<byte> bytes)
    {
        if (TextDecoding.LooksBinary(bytes))
            return ReadResult.Unreadable("the file is binary (it contains NUL bytes), not a text filing");
        string source = TextDecoding.Decode(bytes);
        var builder = new DocumentBuilder();
        Parse(source, 0, source.Length, builder);
        return ReadResult.Ok(builder.Build(path, Format, source));
    }

    /// <summary>Parses source[start..end) into blocks; used also for the text documents inside EDGAR submissions.</summary>
    internal static void Parse(string source, int start, int end, DocumentBuilder builder)
    {
        var comments = FindComments(source, start, end, builder);
        int nextComment = 0;
        int lineStart = start;
        bool inBlock = false;
        while (lineStart < end)
        {
            int lineEnd = source.IndexOf('\n', lineStart, end - lineStart);
            if (lineEnd < 0) lineEnd = end;
            int contentEnd = lineEnd;
            if (contentEnd > lineStart && source[contentEnd - 1] == '\r') contentEnd--;
            while (nextComment < comments.Count && comments[nextComment].End <= lineStart) nextComment++;
            bool hasComment = nextComment < comments.Count && comments[nextComment].Start < contentEnd;
            // Comments are invisible: the checks below look at the line without them, and a line holding
            // only comments is neither text nor a paragraph break, so the source map stays exact around it.
            string line = hasComment ? Visible(source, lineStart, contentEnd, comments, nextComment) : source[lineStart..contentEnd];
            var trimmed = line.AsSpan().Trim();

            if (trimmed.IsEmpty)
            {
                if (!hasComment)
                {
                    builder.EndBlock();
                    inBlock = false;
                }
            }
            else if (IsRule(trimmed) || trimmed.SequenceEqual("<PAGE>") || line.Contains('\f'))
            {
                builder.PageBreak();
                inBlock = false;
            }
            else
            {
                int offset = FirstVisible(source, lineStart, contentEnd, comments, nextComment);
                bool heading = trimmed[0] == '#';
                if (!inBlock || heading)
                {
                    bool bold = trimmed.Length > 4 && (trimmed.StartsWith("**") && trimmed.EndsWith("**") || trimmed.StartsWith("__") && trimmed.EndsWith("__"));
                    builder.BeginBlock(heading ? BlockKind.Heading : BlockKind.Paragraph, bold);
                    inBlock = true;
                    if (heading)
                    {
                        while (offset < contentEnd && source[offset] == '#') offset++;
                    }
                }
                else
                {
                    builder.Space(lineStart);
                }
                AppendInline(source, offset, contentEnd, builder, comments, nextComment);
                if (heading)
                {
                    builder.EndBlock();
                    inBlock = false;
                }
            }
            lineStart = lineEnd + 1;
        }
        builder.EndBlock();
    }

    /// <summary>
    /// The <c>&lt;!-- ... --&gt;</c> comments in source[start..end), recorded on the builder. An unclosed
    /// comment is left as text: hiding the rest of a filing because of one typo would hide its problems too.
    /// </summary>
    private static List<(int Start, int End)> FindComments(string source, int start, int end, DocumentBuilder builder)
    {
        var found = CommentSpans.Find(source, start, end);
        foreach (var (s, e) in found)
        {
            int lineFirst = s;
            while (lineFirst > start && source[lineFirst - 1] != '\n') lineFirst--;
            int lineLast = e;
            while (lineLast < end && source[lineLast] != '\n') lineLast++;
            bool ownLine = IsBlank(source, lineFirst, lineLast, found, 0);
            builder.Comment(source[(s + 4)..(e - 3)].Trim(), s, e, ownLine);
        }
        return found;
    }

    private static int CommentAt(int i, List<(int Start, int End)> comments, int from)
    {
        for (int c = from; c < comments.Count && comments[c].Start <= i; c++)
            if (i < comments[c].End) return c;
        return -1;
    }

    /// <summary>The line's characters outside comments.</summary>
    private static string Visible(string source, int from, int to, List<(int Start, int End)> comments, int firstComment)
    {
        var text = new System.Text.StringBuilder(to - from);
        for (int i = from; i < to; i++)
        {
            int c = CommentAt(i, comments, firstComment);
            if (c >= 0) { i = comments[c].End - 1; continue; }
            text.Append(source[i]);
        }
        return text.ToString();
    }

    /// <summary>True when source[from..to) holds only whitespace and comments (a comment's own line).</summary>
    private static bool IsBlank(string source, int from, int to, List<(int Start, int End)> comments, int firstComment)
    {
        for (int i = from; i < to; i++)
        {
            int c = CommentAt(i, comments, firstComment);
            if (c >= 0) { i = comments[c].End - 1; continue; }
            if (!char.IsWhiteSpace(source[i])) return false;
        }
        return true;
    }

    private static int FirstVisible(string source, int from, int to, List<(int Start, int End)> comments, int firstComment)
    {
        for (int i = from; i < to; i++)
        {
            int c = CommentAt(i, comments, firstComment);
            if (c >= 0) { i = comments[c].End - 1; continue; }
            if (!char.IsWhiteSpace(source[i])) return i;
        }
        return to;
    }

    private static bool IsRule(ReadOnlySpan<char> line)
    {
        if (line.Length < 3) return false;
        char c = line[0];
        if (c is not ('-' or '*' or '_' or '=')) return false;
        foreach (char x in line)
            if (x != c && x != ' ') return false;
        return true;
    }

    private static void AppendInline(string source, int start, int end, DocumentBuilder builder, List<(int Start, int End)> comments, int firstComment)
    {
        for (int i = start; i < end; i++)
        {
            if (firstComment < comments.Count && CommentAt(i, comments, firstComment) is var inside and >= 0)
            {
                // A comment between two words is nothing; it still separates them if it stood between spaces.
                i = comments[inside].End - 1;
                continue;
            }
            char c = source[i];
            if (c == '\\' && i + 1 < end && char.IsPunctuation(source[i + 1]) | char.IsSymbol(source[i + 1]))
            {
                builder.Append(source[i + 1], i + 1);
                i++;
                continue;
            }
            if ((c == '*' || c == '_') && i + 1 < end && source[i + 1] == c)
            {
                i++;
                continue;
            }
            builder.Append(c, i);
        }
    }
}
