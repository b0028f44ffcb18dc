namespace FilingLint.Rules;

/// <summary>
/// A scalar field of a rule with where its value starts in the YAML file, so that an error inside an
/// expression can be pointed at the exact character.
/// </summary>
public sealed record RuleScalar(string Value, int Line, int Column, bool IsQuoted, bool IsMultiLine)
{
    /// <summary>For a pattern, what it looks for in plain words ("the criminal offense statement"), shown instead of the pattern.</summary>
    public string? Means { get; init; }

    /// <summary>Line and column of the character at <paramref name="offset"/> in the value, when the value was written on one line.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        if (IsMultiLine)
        {
            // Block scalars start on the next line; count lines inside the value.
            int line = Line + 1 + Value.AsSpan(0, Math.Clamp(offset, 0, Value.Length)).Count('\n');
            return (line, Column);
        }
        return (Line, Column + (IsQuoted ? 1 : 0) + Math.Clamp(offset, 0, Value.Length));
    }
}
