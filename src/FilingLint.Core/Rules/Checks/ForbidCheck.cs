using System.Text.RegularExpressions;
using FilingLint.Documents;
using FilingLint.Facts;

namespace FilingLint.Rules.Checks;

/// <summary><c>forbid</c>: every occurrence of any pattern or text in the scope is a failure at that occurrence.</summary>
internal sealed class ForbidCheck(TextCheckOptions options) : ITextCheck
{
    private readonly IReadOnlyList<(Regex Regex, string Display)> _patterns = TextPatterns.Compile(options);

    public IEnumerable<(SourceSpan Span, string Match)> Failures(Document document, Filing filing)
    {
        var scope = TextPatterns.ScopeOf(document, options.Scope);
        var found = new List<(SourceSpan, string)>();
        foreach (var (regex, _) in _patterns)
            for (var m = regex.Match(document.Text, scope.Start, scope.Length); m.Success; m = m.NextMatch())
                if (m.Length > 0) found.Add((new SourceSpan(m.Index, m.Length), m.Value));
        return found.OrderBy(f => f.Item1.Start);
    }
}
