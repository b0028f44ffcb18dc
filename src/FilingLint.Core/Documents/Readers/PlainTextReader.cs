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

    public ReadResult Read(string path, byte[] bytes)
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
        int lineStart = start;
        bool inBlock = false;
        while (lineStart < end)
        {
            int lineEnd = source.IndexOf('\n', lineStart, end - lineStart);
            if (lineEnd < 0) lineEnd = end;
            int contentEnd = lineEnd;
            if (contentEnd > lineStart && source[contentEnd - 1] == '\r') contentEnd--;
            var line = source.AsSpan(lineStart, contentEnd - lineStart);
            var trimmed = line.Trim();

            if (trimmed.IsEmpty)
            {
                builder.EndBlock();
                inBlock = false;
            }
            else if (IsRule(trimmed) || trimmed.SequenceEqual("<PAGE>") || line.Contains('\f'))
            {
                builder.PageBreak();
                inBlock = false;
            }
            else
            {
                int offset = lineStart + (line.Length - line.TrimStart().Length);
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
                AppendInline(source, offset, contentEnd, builder);
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

    private static bool IsRule(ReadOnlySpan<char> line)
    {
        if (line.Length < 3) return false;
        char c = line[0];
        if (c is not ('-' or '*' or '_' or '=')) return false;
        foreach (char x in line)
            if (x != c && x != ' ') return false;
        return true;
    }

    private static void AppendInline(string source, int start, int end, DocumentBuilder builder)
    {
        for (int i = start; i < end; i++)
        {
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
