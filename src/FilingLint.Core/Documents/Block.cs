namespace FilingLint.Documents;

/// <summary>A paragraph-level unit of the document: its span in the text, kind and 1-based page number.</summary>
public sealed record Block(BlockKind Kind, SourceSpan Span, int Page, bool IsBold);
