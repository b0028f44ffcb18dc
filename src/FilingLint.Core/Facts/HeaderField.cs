namespace FilingLint.Facts;

/// <summary>
/// A field of an EDGAR submission's SGML header (<c>COMPANY CONFORMED NAME: ACME CORP</c>): its value, and where the
/// value stands in the submission file, 1-based. The header is outside the document's text, so it has no span.
/// </summary>
public sealed record HeaderField(string Value, int Line, int Column, int EndLine, int EndColumn);
