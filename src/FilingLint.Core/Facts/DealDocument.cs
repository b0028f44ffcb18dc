namespace FilingLint.Facts;

/// <summary>
/// One document of a deal: its path, form, filing date (the EDGAR header's “filed as of” date, else the document's own
/// date) and its own fact model, as document rules see it.
/// </summary>
public sealed record DealDocument(int Index, string Path, string? FormType, DocumentKind Kind, DateOnly? FilingDate, Filing Facts)
{
    /// <summary>The file's name, for messages.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
