using System.Reflection;
using System.Text;
using FilingLint.Documents;
using FilingLint.Facts;

namespace FilingLint.Expressions;

/// <summary>
/// The fact model's names and types as Markdown, generated from the types themselves so that docs/rules.md
/// cannot drift from what rule expressions see (a test compares the two).
/// </summary>
public static class FactModelDocs
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        var seen = new HashSet<Type>();
        // A filing's facts first, then a deal's: the roots of document rules and of deal rules.
        foreach (var root in new[] { typeof(Filing), typeof(Deal) })
        {
            var queue = new Queue<Type>([root]);
            seen.Add(root);
            while (queue.Count > 0)
            {
                var type = queue.Dequeue();
                text.Append($"### `{type.Name}`\n\n");
                if (type.IsEnum)
                {
                    text.Append(string.Join(", ", Enum.GetNames(type).Select(n => $"`{type.Name}.{n}`"))).Append("\n\n");
                    continue;
                }
                text.Append(type == typeof(Filing) ? "Top-level names in expressions (no prefix needed):\n\n"
                        : type == typeof(Deal) ? "Top-level names in a deal rule's expressions (`scope: deal`; no prefix needed):\n\n" : "")
                    .Append("| name | type |\n|---|---|\n");
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    text.Append($"| `{property.Name}` | `{Describe(property)}` |\n");
                    foreach (var inner in Inner(property.PropertyType))
                        if (IsFact(inner) && seen.Add(inner)) queue.Enqueue(inner);
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static bool IsFact(Type t) => t.Namespace == typeof(Filing).Namespace || t == typeof(SourceSpan);

    private static IEnumerable<Type> Inner(Type t)
    {
        yield return t;
        if (Nullable.GetUnderlyingType(t) is { } u) yield return u;
        if (t.IsGenericType)
            foreach (var a in t.GetGenericArguments()) yield return a;
    }

    private static string Describe(PropertyInfo property)
    {
        var nullability = new NullabilityInfoContext().Create(property);
        return Name(property.PropertyType, nullability);
    }

    private static string Name(Type t, NullabilityInfo? info)
    {
        if (Nullable.GetUnderlyingType(t) is { } u) return Name(u, null) + "?";
        string name = t.IsGenericType
            ? $"{t.Name[..t.Name.IndexOf('`')]}<{string.Join(", ", t.GetGenericArguments().Select((a, i) => Name(a, info?.GenericTypeArguments.ElementAtOrDefault(i))))}>"
            : t == typeof(string) ? "string" : t == typeof(bool) ? "bool" : t == typeof(int) ? "int" : t == typeof(decimal) ? "decimal" : t.Name;
        return info?.ReadState == NullabilityState.Nullable && !t.IsValueType ? name + "?" : name;
    }
}
