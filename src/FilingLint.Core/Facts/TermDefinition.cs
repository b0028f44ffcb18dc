using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// One defining clause: <c>Equity Distribution Agreement, dated August 11, 2020 (the “Equity Distribution Agreement”)</c>.
/// <see cref="Antecedent"/> is what the term names; <see cref="Span"/> covers the quoted term in the clause.
/// </summary>
public sealed record TermDefinition(string Antecedent, SourceSpan AntecedentSpan, SourceSpan Span) : IFact
{
    /// <summary>The definition is made in the base prospectus a supplement reprints, a document with definitions of its own.</summary>
    public bool InBaseProspectus { get; init; }
}
