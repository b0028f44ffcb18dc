using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FilingLint.Documents.Readers;

/// <summary>
/// EDGAR HTML (and any HTML) read with AngleSharp: block elements become blocks, hidden elements,
/// scripts and the inline XBRL header are skipped, inline XBRL tags are read through, and
/// <c>page-break-before/after</c> styles and <c>&lt;hr&gt;</c> are page boundaries. Every emitted
/// character is mapped back to the source offset it came from, so findings carry HTML line and column.
/// </summary>
internal sealed class HtmlReader : IDocumentReader
{
    public string Format => "html";

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        string ext = System.IO.Path.GetExtension(path);
        if (ext.Equals(".htm", StringComparison.OrdinalIgnoreCase) || ext.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".xhtml", StringComparison.OrdinalIgnoreCase))
            return true;
        return LooksLikeHtml(ContentSniffing.Start(head));
    }

    internal static bool LooksLikeHtml(string start) =>
        start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
        || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
        || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && start.Contains("<html", StringComparison.OrdinalIgnoreCase);

    public ReadResult Read(string path, ArraySegment<byte> bytes)
    {
        if (TextDecoding.LooksBinary(bytes))
            return ReadResult.Unreadable("the file is binary (it contains NUL bytes), not HTML");
        string source = TextDecoding.Decode(bytes);
        var builder = new DocumentBuilder();
        Parse(source, 0, source.Length, builder);
        return ReadResult.Ok(builder.Build(path, Format, source));
    }

    /// <summary>
    /// One parser for each thread that reads HTML: a new parser builds AngleSharp's whole default configuration, and
    /// threads building theirs at once queued on the runtime's locks (seen with perf sched_switch stacks on the corpus run).
    /// </summary>
    [ThreadStatic] private static HtmlParser? _parser;

    private static HtmlParser Parser => _parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Parses the HTML in source[start..end); offsets emitted are offsets of the whole source (for EDGAR submissions).</summary>
    internal static void Parse(string source, int start, int end, DocumentBuilder builder)
    {
        if (HtmlNesting.Check(source, start, end) is { } tooDeep) throw new InvalidDataException(tooDeep);
        // Over the source itself: a submission's primary document is not copied out of it first.
        var document = Parser.ParseDocument(source.AsMemory(start, end - start));
        var spans = CommentSpans.Find(source, start, end);
        // Most filings have no comment: then the walk does not look for comment nodes.
        var comments = spans.Count > 0 ? new List<IComment>() : null;
        var walker = new Walker(source, start, end, builder, comments);
        if (comments is not null) walker.GatherComments(document, document.Body, 0);
        else if (document.Body is { } body) walker.Visit(body, bold: false, 1);
        builder.EndBlock();
        if (comments is not null) RecordComments(comments, spans, source, start, end, builder);
    }

    /// <summary>
    /// Records the document's comments (fixture markers, suppressions) with their place in the source. AngleSharp
    /// says which <c>&lt;!-- --&gt;</c> are comments (not text inside a script or an attribute); the source says where.
    /// The comment nodes come in document order, gathered by the walk; the spans are every <c>&lt;!-- --&gt;</c> of
    /// the source, in order.
    /// </summary>
    private static void RecordComments(List<IComment> comments, List<(int Start, int End)> spans, string source, int start, int end, DocumentBuilder builder)
    {
        var found = new List<(int Start, int End)>();
        int next = 0;
        foreach (var comment in comments)
        {
            if (next >= spans.Count) break;
            // Bogus comments (<?xml ...?>) have no <!-- in the source: look a few spans ahead only, so they cannot make this quadratic.
            for (int i = next; i < Math.Min(spans.Count, next + 16); i++)
            {
                var (s, e) = spans[i];
                if (!SameComment(source.AsSpan(s + 4, e - s - 7), comment.Data)) continue;
                found.Add(spans[i]);
                next = i + 1;
                break;
            }
        }
        for (int k = 0; k < found.Count; k++)
        {
            var (s, e) = found[k];
            builder.Comment(source[(s + 4)..(e - 3)].Trim(), s, e, AloneOnItsLines(source, start, end, found, k));
        }
    }

    /// <summary>The comment's text in the source against AngleSharp's (which has no carriage returns), copying only when either has one.</summary>
    private static bool SameComment(ReadOnlySpan<char> raw, string data) =>
        raw.Contains('\r') || data.Contains('\r')
            ? raw.ToString().Replace("\r", "", StringComparison.Ordinal) == data.Replace("\r", "", StringComparison.Ordinal)
            : raw.SequenceEqual(data);

    /// <summary>
    /// True when nothing but whitespace and other comments shares the comment's lines. Scans out from the comment and
    /// stops at the first visible character, so a long single-line file costs no more than its length.
    /// </summary>
    private static bool AloneOnItsLines(string source, int start, int end, List<(int Start, int End)> comments, int k)
    {
        int prev = k - 1;
        for (int i = comments[k].Start - 1; i >= start && source[i] != '\n'; i--)
        {
            if (prev >= 0 && i == comments[prev].End - 1) { i = comments[prev--].Start; continue; }
            if (!char.IsWhiteSpace(source[i])) return false;
        }
        int after = k + 1;
        for (int i = comments[k].End; i < end && source[i] != '\n'; i++)
        {
            if (after < comments.Count && i == comments[after].Start) { i = comments[after++].End - 1; continue; }
            if (!char.IsWhiteSpace(source[i])) return false;
        }
        return true;
    }

    private sealed class Walker
    {
        private readonly string source;
        private readonly int start;
        private readonly int end;
        private readonly DocumentBuilder builder;
        private int _cursor;
        private bool _blockAllBold = true;
        private bool _blockHasText;
        private int _cellDepth; // table cells open around the element being read

        private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
            { "script", "style", "head", "title", "template", "noscript", "ix:header", "xml" };

        private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
        {
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "center", "blockquote",
            "section", "article", "header", "footer", "ul", "ol", "dl", "dt", "dd", "pre", "address", "caption",
            "body", "form", "fieldset", "figure", "figcaption", "main", "nav", "aside",
        };

        /// <summary>Where comment nodes are gathered in document order; null when the source has none.</summary>
        private readonly List<IComment>? comments;

        public Walker(string source, int start, int end, DocumentBuilder builder, List<IComment>? comments)
        {
            this.source = source;
            this.start = start;
            this.end = end;
            this.builder = builder;
            this.comments = comments;
            _cursor = start;
        }

        /// <summary>
        /// Gathers the comments of a subtree whose text is not read (the document around the body, a skipped or hidden
        /// element) in document order; <paramref name="body"/>, when met, is walked for its text and comments in its place.
        /// </summary>
        public void GatherComments(INode node, IElement? body, int depth)
        {
            Deeper(depth);
            var children = node.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (ReferenceEquals(child, body)) Visit(body, bold: false, depth + 1);
                else if (child is IComment comment) comments!.Add(comment);
                else if (child.HasChildNodes) GatherComments(child, body, depth + 1);
            }
        }

        public void Visit(IElement element, bool bold, int depth)
        {
            Deeper(depth);
            string name = element.LocalName;
            string qualified = element.Prefix is null ? name : element.Prefix + ":" + name;
            var style = InlineStyle.Parse(element.GetAttribute("style"));
            if (Skipped.Contains(name) || element.Prefix is not null && Skipped.Contains(qualified) || IsHidden(element, style))
            {
                SkipSource(element, qualified);
                if (comments is not null) GatherComments(element, null, depth);
                return;
            }
            Seek(element);
            if (name is "hr")
            {
                builder.PageBreak();
                return;
            }
            // EDGAR's <PAGE> marker is never closed, so HTML parsers nest what follows inside it.
            if (name is "page") builder.PageBreak();
            if (name is "br")
            {
                builder.Space(_cursor);
                return;
            }
            if (style.BreakBefore) builder.PageBreak();

            bold = bold || name is "b" or "strong" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || style.Bold;
            bool block = BlockElements.Contains(name);
            // A paragraph inside a table cell is still the cell's text (a contents row "Risk Factors | 9" written with <p>s).
            bool cell = name is "td" or "th";
            if (block) Begin(_cellDepth > 0 ? BlockKind.TableCell : KindOf(name));
            if (cell) _cellDepth++;
            // By index: the node list's enumerator is an allocation per element.
            var children = element.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                var child = children[i];
                // The element class first: an interface test scans the many interfaces a node implements, a class test
                // its few base classes, and this runs for every node of the filing.
                if (child is Element e) Visit(e, bold, depth + 1);
                else if (child is IText t) Text(t.Data, bold);
                else if (child is IElement other) Visit(other, bold, depth + 1);
                else if (child is IComment comment) comments?.Add(comment);
            }
            if (cell) _cellDepth--;
            if (block) End();
            if (style.BreakAfter) builder.PageBreak();
        }

        /// <summary>
        /// The parser adds what the source leaves implied (a table's body and row around a cell), so the tree may be
        /// somewhat deeper than the scan before it counted: the walk, which recurses, stops at a bound of its own, checked
        /// as it goes rather than by a walk of the whole tree first.
        /// </summary>
        private static void Deeper(int depth)
        {
            if (depth > HtmlNesting.MaxTreeDepth)
                throw new InvalidDataException($"the HTML is nested more than {HtmlNesting.MaxTreeDepth} elements deep once parsed");
        }

        private static BlockKind KindOf(string name) => name switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
            "li" => BlockKind.ListItem,
            "td" or "th" => BlockKind.TableCell,
            _ => BlockKind.Paragraph,
        };

        private void Begin(BlockKind kind)
        {
            builder.BeginBlock(kind);
            _blockAllBold = true;
            _blockHasText = false;
        }

        private void End()
        {
            builder.EndBlock();
            _blockAllBold = true;
            _blockHasText = false;
        }

        /// <summary>Moves the source cursor to the element's start tag when AngleSharp knows it (never backwards).</summary>
        private void Seek(IElement element)
        {
            if (element.SourceReference is { } reference)
            {
                int at = start + reference.Position.Position;
                if (at > _cursor && at < end) _cursor = at;
            }
        }

        /// <summary>Moves the cursor past a skipped element's end tag, so the text after it aligns with its own source.</summary>
        private void SkipSource(IElement element, string qualified)
        {
            Seek(element);
            if (_cursor >= end || source[_cursor] != '<') return;
            string open = "<" + qualified, close = "</" + qualified;
            int depth = 0, i = _cursor;
            while (i < end)
            {
                int lt = source.IndexOf('<', i, end - i);
                if (lt < 0) return;
                if (IsTag(lt, close)) { depth--; }
                else if (IsTag(lt, open)) { depth++; }
                int gt = source.IndexOf('>', lt, end - lt);
                if (gt < 0) return;
                i = gt + 1;
                if (depth <= 0)
                {
                    // A self-closing or void skipped element ends at its own start tag.
                    _cursor = i;
                    return;
                }
            }
        }

        private bool IsTag(int at, string tag)
        {
            if (at + tag.Length >= end || string.Compare(source, at, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
            char next = source[at + tag.Length];
            return next is '>' or '/' || char.IsWhiteSpace(next);
        }

        /// <summary>
        /// Aligns the decoded text with the source from the cursor: markup is skipped, an entity maps its
        /// decoded character to the entity's start, whitespace differences are absorbed, and any other
        /// mismatch is looked up a short way ahead or mapped to the cursor. Linear in the source.
        /// </summary>
        private void Text(string text, bool bold)
        {
            for (int i = 0; i < text.Length;)
            {
                // Most text stands in the source as it is: take the run up to the next whitespace, markup or entity at once.
                int run = VerbatimRun(text, i);
                if (run > 0)
                {
                    builder.AppendVerbatim(text.AsSpan(i, run), _cursor);
                    _cursor += run;
                    i += run;
                    _blockHasText = true;
                    _blockAllBold &= bold;
                    continue;
                }
                char c = text[i++];
                int at = Align(c);
                if (!char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u200B')
                {
                    _blockHasText = true;
                    _blockAllBold &= bold;
                }
                if (VerbatimText.IsDropped(c)) continue;
                builder.Append(c, at);
            }
            if (_blockHasText) builder.SetBold(_blockAllBold);
        }

        /// <summary>How many characters of the text from <paramref name="from"/> stand verbatim in the source at the cursor (see <see cref="VerbatimText"/>).</summary>
        private int VerbatimRun(string text, int from)
        {
            int limit = Math.Min(text.Length - from, end - _cursor);
            return VerbatimText.Run(text.AsSpan(from, limit), source.AsSpan(_cursor, limit));
        }

        private int Align(char c)
        {
            while (_cursor < end)
            {
                char s = source[_cursor];
                if (s == '<' && _cursor + 1 < end && (char.IsLetter(source[_cursor + 1]) || source[_cursor + 1] is '/' or '!' or '?'))
                {
                    SkipMarkup();
                    continue;
                }
                if (s == '&' && c != '&' || s == '&' && EntityEnd(_cursor) > _cursor + 1)
                {
                    int at = _cursor;
                    _cursor = Math.Max(_cursor + 1, EntityEnd(_cursor));
                    return at;
                }
                if (s == c || char.IsWhiteSpace(s) && (char.IsWhiteSpace(c) || c == '\u00A0'))
                    return _cursor++;
                if (char.IsWhiteSpace(s) || char.IsWhiteSpace(c) && s != c)
                {
                    if (char.IsWhiteSpace(c)) return _cursor;
                    _cursor++;
                    continue;
                }
                int ahead = source.IndexOf(c, _cursor, Math.Min(64, end - _cursor));
                if (ahead >= 0)
                {
                    _cursor = ahead + 1;
                    return ahead;
                }
                return _cursor;
            }
            return Math.Max(start, end - 1);
        }

        private void SkipMarkup()
        {
            if (string.CompareOrdinal(source, _cursor, "<!--", 0, 4) == 0)
            {
                int close = source.IndexOf("-->", _cursor + 4, end - _cursor - 4, StringComparison.Ordinal);
                _cursor = close < 0 ? end : close + 3;
                return;
            }
            int quote = 0;
            for (int i = _cursor + 1; i < end; i++)
            {
                char x = source[i];
                if (quote != 0) { if (x == quote) quote = 0; }
                else if (x is '"' or '\'') quote = x;
                else if (x == '>') { _cursor = i + 1; return; }
            }
            _cursor = end;
        }

        /// <summary>The end of a character reference at <paramref name="at"/> (just past ';' or its last character), or at itself when none.</summary>
        private int EntityEnd(int at)
        {
            int i = at + 1;
            if (i < end && source[i] == '#')
            {
                i++;
                if (i < end && source[i] is 'x' or 'X') i++;
            }
            int limit = Math.Min(end, at + 40);
            while (i < limit && char.IsLetterOrDigit(source[i])) i++;
            if (i == at + 1) return at;
            return i < end && source[i] == ';' ? i + 1 : i;
        }

        private static bool IsHidden(IElement element, InlineStyle style) => style.Hidden || element.HasAttribute("hidden");
    }
}
