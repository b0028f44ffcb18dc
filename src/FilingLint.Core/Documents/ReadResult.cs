namespace FilingLint.Documents;

/// <summary>A reader's answer: a document, or why the file could not be read. Readers never throw on bad bytes.</summary>
public sealed record ReadResult(Document? Document, string? Error)
{
    public static ReadResult Ok(Document document) => new(document, null);
    public static ReadResult Unreadable(string error) => new(null, error);

    /// <summary>An EDGAR submission's exhibits, when they were asked for: each its own document, with the submission's path and lines.</summary>
    public IReadOnlyList<Document> Exhibits { get; init; } = [];
}
