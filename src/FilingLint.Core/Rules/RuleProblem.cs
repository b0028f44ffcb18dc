namespace FilingLint.Rules;

/// <summary>A problem in a rules file, at a 1-based line and column of that file (YAML marks are already 1-based).</summary>
public sealed record RuleProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message}";
}
