using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FilingLint.Expressions;

/// <summary>
/// Decides, on the compiled semantic model, whether a rule expression uses only what rules may use: the
/// fact model, primitives, strings, dates, decimal, Math, Regex and LINQ. Everything else (I/O, processes,
/// reflection, Environment, dynamic, typeof, unsafe code, qualified names, assignment) is rejected.
/// </summary>
internal static class ExpressionWhitelist
{
    private static HashSet<string> AllowedTypes => Expressions.AllowedTypes.Names;

    private const string FactNamespace = Expressions.AllowedTypes.FactNamespace;

    private static HashSet<string> BannedMembers => Expressions.AllowedTypes.BannedMembers;

    /// <summary>Problems found in the expression rooted at <paramref name="root"/>, as (offset in the generated source, message).</summary>
    public static IEnumerable<(int Position, string Message)> Check(SemanticModel model, SyntaxNode root)
    {
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && (token.Text.Contains('\\') || token.Text.StartsWith('@')))
                yield return (token.SpanStart, $"identifier '{token.Text}' is written with an escape; write names plainly");
        }
        foreach (var node in root.DescendantNodesAndSelf())
        {
            string? syntaxProblem = node switch
            {
                TypeOfExpressionSyntax => "'typeof' is not allowed in rule expressions",
                SizeOfExpressionSyntax => "'sizeof' is not allowed in rule expressions",
                MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => "'__makeref' and friends are not allowed",
                StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => "'stackalloc' is not allowed",
                PointerTypeSyntax or FunctionPointerTypeSyntax => "pointers and unsafe code are not allowed",
                AliasQualifiedNameSyntax => "'global::' and alias-qualified names are not allowed; use the plain name",
                AssignmentExpressionSyntax => "assignment is not allowed: a rule only reads facts",
                PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.PreIncrementExpression) || p.IsKind(SyntaxKind.PreDecrementExpression) => "'++' and '--' are not allowed: a rule only reads facts",
                PostfixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.PostIncrementExpression) || p.IsKind(SyntaxKind.PostDecrementExpression) => "'++' and '--' are not allowed: a rule only reads facts",
                PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.AddressOfExpression) || p.IsKind(SyntaxKind.PointerIndirectionExpression) => "pointers and unsafe code are not allowed",
                AwaitExpressionSyntax => "'await' is not allowed",
                ThrowExpressionSyntax => "'throw' is not allowed in rule expressions",
                AnonymousMethodExpressionSyntax => "anonymous 'delegate' methods are not allowed; use a lambda",
                CheckedExpressionSyntax => "'checked'/'unchecked' are not allowed",
                BlockSyntax => "statement lambdas are not allowed; write an expression lambda (x => ...)",
                ArrayCreationExpressionSyntax a when a.Type.RankSpecifiers.Any(r => r.Sizes.Any(s => s is not OmittedArraySizeExpressionSyntax))
                    => "arrays of a given size are not allowed; rules read facts, they do not build large data",
                InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "nameof" } } => "'nameof' is not allowed",
                _ when node.IsKind(SyntaxKind.ArgListExpression) => "'__arglist' is not allowed",
                _ => null,
            };
            if (syntaxProblem is not null)
            {
                yield return (node.SpanStart, syntaxProblem);
                continue;
            }
            if (node is not (SimpleNameSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax
                or ElementAccessExpressionSyntax or BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PredefinedTypeSyntax))
                continue;

            var info = model.GetSymbolInfo(node);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
            if (node is PredefinedTypeSyntax or ImplicitObjectCreationExpressionSyntax or ObjectCreationExpressionSyntax)
            {
                var type = model.GetTypeInfo(node).Type;
                if (type?.SpecialType == SpecialType.System_String && node is not PredefinedTypeSyntax)
                    yield return (node.SpanStart, "'new string(...)' is not allowed; rules read facts, they do not build large data");
                else if (type is not null && !IsAllowedType(type))
                    yield return (node.SpanStart, $"type '{type.ToDisplayString()}' is not allowed in rule expressions");
            }
            if (symbol is null)
            {
                if (model.GetTypeInfo(node).Type is IDynamicTypeSymbol || node is IdentifierNameSyntax { Identifier.Text: "dynamic" })
                    yield return (node.SpanStart, "'dynamic' is not allowed");
                continue;
            }
            string? problem = SymbolProblem(symbol);
            if (problem is not null) yield return (node.SpanStart, problem);
        }
    }

    private static string? SymbolProblem(ISymbol symbol)
    {
        switch (symbol)
        {
            case ILocalSymbol local:
                return local.Type is IDynamicTypeSymbol ? "'dynamic' is not allowed" : null;
            case IParameterSymbol or IRangeVariableSymbol or IDiscardSymbol:
                return null;
            case INamespaceSymbol ns:
                return $"qualified names are not allowed: '{ns.ToDisplayString()}' (write 'Math', not 'System.Math')";
            case IDynamicTypeSymbol:
                return "'dynamic' is not allowed";
            case ITypeSymbol type:
                return IsAllowedType(type) ? null : $"type '{type.ToDisplayString()}' is not allowed in rule expressions";
            case IMethodSymbol method:
                if (BannedMembers.Contains(method.Name)) return $"'{method.Name}' is not allowed in rule expressions";
                var owner = method.ReducedFrom?.ContainingType ?? method.ContainingType;
                if (method.MethodKind is MethodKind.LambdaMethod or MethodKind.LocalFunction) return null;
                return owner is null || IsAllowedType(owner) ? null : $"'{owner.ToDisplayString()}.{method.Name}' is not allowed in rule expressions";
            case IPropertySymbol or IFieldSymbol or IEventSymbol:
                if (BannedMembers.Contains(symbol.Name)) return $"'{symbol.Name}' is not allowed in rule expressions";
                return IsAllowedType(symbol.ContainingType) ? null : $"'{symbol.ContainingType.ToDisplayString()}.{symbol.Name}' is not allowed in rule expressions";
            default:
                return $"'{symbol.ToDisplayString()}' is not allowed in rule expressions";
        }
    }

    private static bool IsAllowedType(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return IsAllowedType(array.ElementType);
            case ITypeParameterSymbol:
                return true;
            case IDynamicTypeSymbol or IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return false;
            case INamedTypeSymbol named:
                if (named.IsAnonymousType || named.IsTupleType && named.TupleElements.All(e => IsAllowedType(e.Type))) return true;
                if (named.DelegateInvokeMethod is not null && named.ContainingNamespace?.ToDisplayString() == "System" && named.Name is "Func" or "Predicate")
                    return named.TypeArguments.All(IsAllowedType);
                string ns = named.ContainingNamespace?.ToDisplayString() ?? "";
                bool allowed = ns == FactNamespace && named.DeclaredAccessibility == Accessibility.Public
                    || AllowedTypes.Contains(MetadataName(named.OriginalDefinition));
                return allowed && named.TypeArguments.All(IsAllowedType);
            default:
                return false;
        }
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        string outer = type.ContainingType is null ? "" : MetadataName(type.ContainingType) + "+";
        return (outer.Length > 0 ? outer : ns) + type.MetadataName;
    }
}
