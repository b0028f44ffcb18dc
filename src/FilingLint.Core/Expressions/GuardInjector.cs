using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FilingLint.Expressions;

/// <summary>
/// Rewrites checked rule code so that every expression lambda body and every query <c>where</c>/<c>select</c>
/// goes through <see cref="RuleGuard.Tick{T}"/>. Runs after diagnostics and the whitelist, so positions in
/// error messages are those of the rule file, and the guard itself is never subject to the whitelist.
/// </summary>
internal sealed class GuardInjector : CSharpSyntaxRewriter
{
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
