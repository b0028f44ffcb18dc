namespace FilingLint.Documents;

/// <summary>
/// One <c>KEY: value</c> line of an EDGAR submission's SGML header, in the order of the header, with where its value
/// stands in the source file. The header is not part of the document's text, so these are source offsets, not spans.
/// </summary>
public readonly record struct SgmlHeaderField(string Key, string Value, int SourceStart, int SourceEnd);
