namespace FilingLint.Documents;

/// <summary>A 0-based line and column in the source file. Converted to 1-based only in <see cref="Findings.Location"/>.</summary>
public readonly record struct LinePosition(int Line, int Column);
