using System.Collections;
using System.Globalization;
using FilingLint.Documents;

namespace FilingLint.Expressions;

/// <summary>How fact values print in messages: US dollars, "October 20, 2022", thousands separators. Independent of the machine's culture.</summary>
internal static class FactFormatting
{
    public static readonly NumberFormatInfo Numbers = CreateNumbers();

    private static NumberFormatInfo CreateNumbers()
    {
        var n = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        n.CurrencySymbol = "$";
        n.CurrencyPositivePattern = 0;
        n.CurrencyNegativePattern = 1;
        return NumberFormatInfo.ReadOnly(n);
    }

    /// <param name="value">The value to print.</param>
    /// <param name="format">The hole's format, or null.</param>
    /// <param name="room">How many characters the message has left: a list is printed only as far as that.</param>
    public static string Format(object? value, string? format, int room = int.MaxValue)
    {
        switch (value)
        {
            case null:
                return "(none)";
            case string s:
                return s;
            case DateOnly d:
                return d.ToString(string.IsNullOrEmpty(format) ? "MMMM d, yyyy" : format, CultureInfo.InvariantCulture);
            case DateTime t:
                return t.ToString(string.IsNullOrEmpty(format) ? "MMMM d, yyyy" : format, CultureInfo.InvariantCulture);
            case decimal m when string.IsNullOrEmpty(format):
                return m == decimal.Truncate(m) ? m.ToString("#,0", Numbers) : m.ToString("#,0.####", Numbers);
            case double or float when string.IsNullOrEmpty(format):
                return ((IFormattable)value).ToString("#,0.####", Numbers);
            case int or long when string.IsNullOrEmpty(format):
                return ((IFormattable)value).ToString("#,0", Numbers);
            case SourceSpan span:
                return span.ToString();
            case IFormattable f:
                return f.ToString(format, Numbers);
            case IEnumerable items:
                return Join(items, format, room);
            default:
                return value.ToString() ?? "";
        }
    }

    private static string Join(IEnumerable items, string? format, int room)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var item in items)
        {
            if (sb.Length > 0) sb.Append(", ");
            if (sb.Length >= room) { sb.Append('…'); break; }
            sb.Append(Format(item, format, room - sb.Length));
        }
        return sb.ToString();
    }
}
