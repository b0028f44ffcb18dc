using System.Linq.Expressions;
using System.Reflection;

namespace FilingLint.Expressions;

/// <summary>
/// Decides, on the expression tree Dynamic LINQ parsed, whether a rule uses only what rules may use (<see cref="AllowedTypes"/>):
/// every member read, method called, object created, conversion and constant. RulesEngine's parser can reach further
/// than its settings say (each registered type's base types, <c>System.Object</c> and so <c>GetType()</c>, among them),
/// so the tree itself is checked when the rules load. Trees carry no positions: a problem is reported at the start of
/// the expression it is in.
/// </summary>
internal sealed class ExpressionAllowList : ExpressionVisitor
{
    private readonly List<(int, string)> _problems = new();

    public static IReadOnlyList<(int Position, string Message)> Check(Expression tree)
    {
        var visitor = new ExpressionAllowList();
        visitor.Visit(tree);
        return visitor._problems;
    }

    private void Problem(string message)
    {
        if (!_problems.Exists(p => p.Item2 == message)) _problems.Add((0, message));
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        CheckMember(node.Member);
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        // The guard every lambda body is wrapped in (DynamicLinqText) is the loader's, not the author's.
        if (method.DeclaringType != typeof(RuleGuard)) CheckMember(method);
        foreach (var argument in method.GetGenericArguments()) CheckType(argument);
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        if (node.Type == typeof(string)) Problem("'new string(...)' is not allowed; rules read facts, they do not build large data");
        else CheckType(node.Type);
        return base.VisitNew(node);
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        if (node.NodeType == ExpressionType.NewArrayBounds) Problem("arrays of a given size are not allowed; rules read facts, they do not build large data");
        CheckType(node.Type);
        return base.VisitNewArray(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        CheckType(node.Type);
        if (node.Method is { } method) CheckMember(method);
        return base.VisitUnary(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Assign or ExpressionType.AddAssign or ExpressionType.SubtractAssign)
            Problem("assignment is not allowed: a rule only reads facts");
        return base.VisitBinary(node);
    }

    protected override Expression VisitTypeBinary(TypeBinaryExpression node)
    {
        CheckType(node.TypeOperand);
        return base.VisitTypeBinary(node);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is Type or MemberInfo or Delegate) Problem($"a value of type '{node.Value.GetType().Name}' is not allowed in rule expressions");
        else if (node.Value is not null) CheckType(node.Value.GetType());
        return base.VisitConstant(node);
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        Problem("calling a delegate is not allowed in rule expressions");
        return base.VisitInvocation(node);
    }

    protected override Expression VisitDynamic(DynamicExpression node)
    {
        Problem("'dynamic' is not allowed");
        return base.VisitDynamic(node);
    }

    private void CheckMember(MemberInfo member)
    {
        // Facts are read, never written: a property's setter (init ones included) or an in-place change of a collection.
        if (member is MethodInfo { IsSpecialName: true } setter && setter.Name.StartsWith("set_", StringComparison.Ordinal))
        {
            Problem($"'{setter.Name[4..]}' cannot be set: a rule only reads facts");
            return;
        }
        if (member is MethodInfo { IsStatic: false } method && AllowedTypes.MutatingMembers.Contains(method.Name) && IsCollection(method.DeclaringType))
        {
            Problem($"'{method.Name}' changes a collection in place: a rule only reads facts (LINQ's operators give new sequences)");
            return;
        }
        if (AllowedTypes.BannedMembers.Contains(member.Name))
        {
            Problem($"'{member.Name}' is not allowed in rule expressions");
            return;
        }
        var owner = member.DeclaringType;
        if (owner is null || !IsAllowed(owner)) Problem($"'{owner?.FullName ?? "?"}.{member.Name}' is not allowed in rule expressions");
    }

    private static bool IsCollection(Type? type) =>
        type is not null && (type.IsArray || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)));

    private void CheckType(Type type)
    {
        if (!IsAllowed(type)) Problem($"type '{type.FullName ?? type.Name}' is not allowed in rule expressions");
    }

    internal static bool IsAllowed(Type type)
    {
        if (type.IsArray) return IsAllowed(type.GetElementType()!);
        if (type.IsGenericParameter) return true;
        if (type.IsPointer || type.IsByRef) return false;
        // The classes Dynamic LINQ makes for "new (...)" hold only what the expression put in them.
        if (type.Namespace == "System.Linq.Dynamic.Core" && type.Name.StartsWith("<>f__AnonymousType", StringComparison.Ordinal)) return true;
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        bool allowed = type.Namespace == AllowedTypes.FactNamespace && type.IsPublic
            || definition.FullName is { } name && AllowedTypes.Names.Contains(name);
        return allowed && (!type.IsGenericType || type.GetGenericArguments().All(IsAllowed));
    }
}
