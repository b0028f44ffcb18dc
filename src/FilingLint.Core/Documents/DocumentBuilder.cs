using System.Text;

namespace FilingLint.Documents;

/// <summary>
/// Accumulates normalized text while recording where each character came from, and the block
/// structure. Readers emit characters (or runs) with their source offset; blocks are separated by a
/// blank line in the text so that patterns never run from one paragraph into the next.
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _textStarts = new();
    private readonly List<int> _sourceStarts = new();
    private int _runShift;
    private readonly List<Block> _blocks = new();
    private int _blockStart = -1;
    private bool _blockBold;
    private BlockKind _blockKind;
    private int _page = 1;
    private bool _pendingSpace;
    private int _pendingSpaceSource;
    private readonly List<(string Text, int Start, int End, bool OwnLine)> _comments = new();

    public int Length => _text.Length;
    public int Page => _page;

    public void BeginBlock(BlockKind kind = BlockKind.Paragraph, bool bold = false)
    {
        EndBlock();
        _blockKind = kind;
        _blockBold = bold;
        _pendingSpace = false;
    }

    /// <summary>Marks whether the current block is entirely bold (cover-page legends usually are).</summary>
    public void SetBold(bool bold) => _blockBold = bold;

    public void EndBlock()
    {
        _pendingSpace = false;
        if (_blockStart < 0) return;
        int end = _text.Length;
        while (end > _blockStart && _text[end - 1] == ' ') end--;
        if (end > _blockStart)
            _blocks.Add(new Block(_blockKind, SourceSpan.FromBounds(_blockStart, end), _page, _blockBold));
        _text.Length = end;
        _blockStart = -1;
    }

    /// <summary>Records a source comment (invisible in the text) between source offsets start and end.</summary>
    public void Comment(string text, int sourceStart, int sourceEnd, bool ownLine) => _comments.Add((text, sourceStart, sourceEnd, ownLine));

    public void PageBreak()
    {
        EndBlock();
        if (_blocks.Count > 0 && _blocks[^1].Page == _page) _page++;
    }

    /// <summary>Whitespace is folded: runs collapse into one space and never start a block.</summary>
    public void Space(int sourceOffset)
    {
        if (_blockStart < 0 || _pendingSpace) return;
        _pendingSpace = true;
        _pendingSpaceSource = sourceOffset;
    }

    public void Append(char c, int sourceOffset)
    {
        if (c is ' ' or '\t' or '\n' or '\r' or '\u00A0' or '\u2007' or '\u202F' or '\f' or '\v')
        {
            Space(sourceOffset);
            return;
        }
        if (_blockStart < 0)
        {
            if (_text.Length > 0) Emit('\n', sourceOffset, '\n');
            _blockStart = _text.Length;
        }
        if (_pendingSpace)
        {
            _pendingSpace = false;
            Emit(' ', _pendingSpaceSource);
        }
        Emit(c, sourceOffset);
    }

    /// <summary>
    /// Appends characters that come from consecutive source offsets, start and end with a character that is not
    /// whitespace and have no whitespace inside but single spaces: the same as <see cref="Append"/> for each, at the
    /// cost of one. Readers use it for text that stands verbatim in the source.
    /// </summary>
    public void AppendVerbatim(ReadOnlySpan<char> run, int sourceOffset)
    {
        if (run.IsEmpty) return;
        // The first character opens the block or emits a pending space; the rest continue its run of the map.
        Append(run[0], sourceOffset);
        _text.Append(run[1..]);
    }

    private void Emit(char c, int sourceOffset, char? second = null)
    {
        int textOffset = _text.Length;
        // The current run's source offset minus its text offset: a character continues the run when it keeps that gap.
        if (_textStarts.Count == 0 || _runShift != sourceOffset - textOffset)
        {
            _textStarts.Add(textOffset);
            _sourceStarts.Add(sourceOffset);
            _runShift = sourceOffset - textOffset;
        }
        _text.Append(c);
        if (second is char s)
        {
            _textStarts.Add(_text.Length);
            _sourceStarts.Add(sourceOffset);
            _runShift = sourceOffset - _text.Length;
            _text.Append(s);
        }
    }

    public Document Build(string path, string format, string source, IReadOnlyDictionary<string, string>? metadata = null,
        int[]? lineStarts = null, bool linesAreParagraphs = false, IReadOnlyList<SgmlHeaderField>? header = null)
    {
        EndBlock();
        var map = new SourceMap(_textStarts.ToArray(), _sourceStarts.ToArray(), lineStarts ?? SourceMap.LineStartsOf(source), linesAreParagraphs);
        var comments = _comments.Select(c => new SourceComment(c.Text, map.SourcePosition(c.Start), map.SourcePosition(c.End), c.OwnLine)).ToArray();
        return new Document(path, format, _text.ToString(), _blocks.ToArray(), map,
            metadata ?? new Dictionary<string, string>(), comments, header);
    }
}
