using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FilingLint.Expressions;

/// <summary>
/// Rewrites checked rule code so that every expression lambda body and every query <c>where</c>/<c>select</c>
/// goes through <see cref="RuleGuard.Tick{T}"/>. Runs after diagnostics and the whitelist, so positions in
/// error messages are those of the rule file, and the guard itself is never subject to the whitelist.
/// </summary>
internal sealed class GuardInjector(IReadOnlyDictionary<Microsoft.CodeAnalysis.Text.TextSpan, int> regexCalls) : CSharpSyntaxRewriter
{
    private const string Timeout = "global::System.TimeSpan.FromSeconds(2)";

    /// <summary>
    /// Regex calls and constructions in rule code that give no match timeout, with how many arguments they lack:
    /// 2 (options and timeout) or 1 (timeout). The process-wide default timeout cannot be relied on, since
    /// Regex may have been used before FilingLint was loaded.
    /// </summary>
    public static IEnumerable<(Microsoft.CodeAnalysis.Text.TextSpan Span, int Missing)> RegexCallsWithoutTimeout(SemanticModel model, SyntaxNode root)
    {
        foreach (var node in root.DescendantNodesAndSelf())
        {
            if (node is not (InvocationExpressionSyntax or ObjectCreationExpressionSyntax)) continue;
            if (model.GetSymbolInfo(node).Symbol is not IMethodSymbol method) continue;
            if (method.ContainingType?.ToDisplayString() != "System.Text.RegularExpressions.Regex") continue;
            if (!method.IsStatic && method.MethodKind != MethodKind.Constructor) continue;
            var parameters = method.Parameters;
            if (parameters.Any(p => p.Type.Name == "TimeSpan")) continue;
            if (parameters.Any(p => p.Type.Name is not ("String" or "RegexOptions"))) continue;
            int missing = parameters.Any(p => p.Type.Name == "RegexOptions") ? 1 : 2;
            yield return (node.Span, missing);
        }
    }

    private ArgumentListSyntax? WithTimeout(SyntaxNode original, ArgumentListSyntax? arguments)
    {
        if (arguments is null || !regexCalls.TryGetValue(original.Span, out int missing)) return arguments;
        if (missing == 2)
            arguments = arguments.AddArguments(SyntaxFactory.Argument(SyntaxFactory.ParseExpression("global::System.Text.RegularExpressions.RegexOptions.None")));
        return arguments.AddArguments(SyntaxFactory.Argument(SyntaxFactory.ParseExpression(Timeout)));
    }

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
        return visited.WithArgumentList(WithTimeout(node, visited.ArgumentList)!);
    }

    public override SyntaxNode? VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        var visited = (ObjectCreationExpressionSyntax)base.VisitObjectCreationExpression(node)!;
        return visited.WithArgumentList(WithTimeout(node, visited.ArgumentList));
    }

    private static ExpressionSyntax Wrap(ExpressionSyntax e) =>
        SyntaxFactory.ParseExpression($"global::FilingLint.Expressions.RuleGuard.Tick({e.ToFullString()})");

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        var visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return visited.ExpressionBody is { } body ? visited.WithExpressionBody(Wrap(body)) : visited;
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        var visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return visited.ExpressionBody is { } body ? visited.WithExpressionBody(Wrap(body)) : visited;
    }

    public override SyntaxNode? VisitSelectClause(SelectClauseSyntax node)
    {
        var visited = (SelectClauseSyntax)base.VisitSelectClause(node)!;
        return visited.WithExpression(Wrap(visited.Expression));
    }

    public override SyntaxNode? VisitWhereClause(WhereClauseSyntax node)
    {
        var visited = (WhereClauseSyntax)base.VisitWhereClause(node)!;
        return visited.WithCondition(Wrap(visited.Condition));
    }
}
