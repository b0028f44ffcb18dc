namespace FilingLint.Expressions;

/// <summary>
/// What rule expressions may use besides the fact model: primitives, strings, dates, decimal, Math, Regex and LINQ
/// (by metadata name, generic definitions with their arity), and the members no rule may call on any of them.
/// </summary>
internal static class AllowedTypes
{
    public static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "System.Object", "System.String", "System.Boolean", "System.Char", "System.Byte", "System.Int16", "System.Int32",
        "System.Int64", "System.UInt32", "System.UInt64", "System.Single", "System.Double", "System.Decimal",
        "System.DateOnly", "System.DateTime", "System.TimeSpan", "System.DayOfWeek", "System.Math", "System.Nullable`1",
        "System.StringComparison", "System.StringComparer", "System.StringSplitOptions", "System.MidpointRounding",
        "System.Index", "System.Range", "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3",
        "System.ValueTuple`4", "System.Func`1", "System.Func`2", "System.Func`3", "System.Predicate`1",
        "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.IOrderedEnumerable`1", "System.Linq.ILookup`2",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IList`1",
        "System.Collections.Generic.ICollection`1", "System.Collections.Generic.List`1",
        "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.IReadOnlyDictionary`2",
        "System.Collections.Generic.IEqualityComparer`1", "System.Collections.Generic.IComparer`1",
        "FilingLint.Documents.SourceSpan",
    };

    /// <summary>
    /// Methods that change a collection in place. A rule's own copy (<c>ToList()</c>) could take them harmlessly, but
    /// a fact's list reached as one of these types would be changed for every rule after it and for the report (a
    /// rule that emptied a term's uses gave later rules four false "never used" findings), so no rule may call them.
    /// </summary>
    public static readonly HashSet<string> MutatingMembers = new(StringComparer.Ordinal)
    {
        "Add", "AddRange", "Clear", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "RemoveWhere",
        "Reverse", "Sort", "TryAdd", "UnionWith", "ExceptWith", "IntersectWith", "SymmetricExceptWith", "CopyTo", "Fill",
        "EnsureCapacity", "TrimExcess", "Push", "Pop", "Enqueue", "Dequeue", "Set", "SetValue",
    };

    public const string FactNamespace = "FilingLint.Facts";

    public static readonly HashSet<string> BannedMembers = new(StringComparer.Ordinal)
    {
        "GetType", "MemberwiseClone", "Finalize", "CompileToAssembly",
        // Sequences and strings made from nothing could be made arbitrarily large: rules iterate over facts.
        "Range", "Repeat", "PadLeft", "PadRight",
    };
}
