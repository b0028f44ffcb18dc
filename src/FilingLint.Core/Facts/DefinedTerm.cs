using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>A defined term with every definition and every later use.</summary>
public sealed record DefinedTerm(string Term, IReadOnlyList<TermDefinition> Definitions, IReadOnlyList<SourceSpan> Uses) : IFact
{
    public SourceSpan Span => Definitions[0].Span;

    /// <summary>What the first definition names.</summary>
    public string Antecedent => Definitions[0].Antecedent;

    /// <summary>True when a definition gives the term a meaning different from the first one.</summary>
    public bool HasConflictingDefinitions =>
        Definitions.Select(d => Normalize(d.Antecedent)).Distinct().Count() > 1;

    /// <summary>True when the term appears before its first definition.</summary>
    public bool UsedBeforeDefined => Uses.Count > 0 && Uses[0].Start < Definitions[0].Span.Start;

    private static string Normalize(string s) => s.ToLowerInvariant().Replace(",", "").Trim();
}
