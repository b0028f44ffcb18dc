namespace FilingLint.Documents.Readers;

/// <summary>One reader per input format.</summary>
internal interface IDocumentReader
{
    string Format { get; }

    /// <summary>Decides by extension and by the first bytes of the file.</summary>
    bool CanRead(string path, ReadOnlySpan<byte> head);

    ReadResult Read(string path, ArraySegment<byte> bytes);
}
