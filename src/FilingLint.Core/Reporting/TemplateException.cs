namespace FilingLint.Reporting;

/// <summary>A report template that does not parse or fails while rendering, with the template file's line and column.</summary>
public sealed class TemplateException(string file, int line, int column, string message) : Exception(message)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;

    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message}";
}
