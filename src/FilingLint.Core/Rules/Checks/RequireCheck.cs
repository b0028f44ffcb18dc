using System.Text.RegularExpressions;
using FilingLint.Documents;
using FilingLint.Facts;

namespace FilingLint.Rules.Checks;

/// <summary><c>require</c>: every pattern and text must occur in the scope; one failure, at the document's start, names what is missing.</summary>
internal sealed class RequireCheck(TextCheckOptions options) : ITextCheck
{
    private readonly IReadOnlyList<(Regex Regex, string Display)> _patterns = TextPatterns.Compile(options);

    public IEnumerable<(SourceSpan Span, string Match)> Failures(Document document, Filing filing)
    {
        var scope = TextPatterns.ScopeOf(document, options.Scope);
        var missing = _patterns.Where(p => !p.Regex.Match(document.Text, scope.Start, scope.Length).Success).Select(p => p.Display).ToList();
        if (missing.Count > 0)
            yield return (filing.Start, string.Join("; ", missing));
    }
}
