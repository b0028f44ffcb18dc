namespace FilingLint.Documents.Readers;

/// <summary>
/// What the HTML reader needs from an element's <c>style</c> attribute, read in one pass without allocating:
/// EDGAR HTML styles nearly every element, and searching the text once per property (ignoring case) was a third
/// of the reading time. The first declaration of a property wins.
/// </summary>
internal readonly record struct InlineStyle(bool Hidden, bool BreakBefore, bool BreakAfter, bool Bold)
{
    public static InlineStyle Parse(string? style)
    {
        if (string.IsNullOrEmpty(style)) return default;
        bool? display = null, visibility = null, before = null, after = null, bold = null;
        var rest = style.AsSpan();
        while (rest.Length > 0)
        {
            int semicolon = rest.IndexOf(';');
            var declaration = semicolon < 0 ? rest : rest[..semicolon];
            rest = semicolon < 0 ? [] : rest[(semicolon + 1)..];
            int colon = declaration.IndexOf(':');
            if (colon <= 0) continue;
            var property = declaration[..colon].Trim().Trim('"').Trim();
            var value = declaration[(colon + 1)..].Trim();
            if (Is(property, "display")) display ??= Starts(value, "none");
            else if (Is(property, "visibility")) visibility ??= Starts(value, "hidden");
            else if (Is(property, "page-break-before")) before ??= Starts(value, "always");
            else if (Is(property, "break-before")) before ??= Starts(value, "page");
            else if (Is(property, "page-break-after")) after ??= Starts(value, "always");
            else if (Is(property, "break-after")) after ??= Starts(value, "page");
            else if (Is(property, "font-weight")) bold ??= Starts(value, "bold") || value is "600" or "700" or "800" or "900" || IsHeavy(value);
        }
        return new InlineStyle(display == true || visibility == true, before == true, after == true, bold == true);
    }

    private static bool Is(ReadOnlySpan<char> property, string name) => property.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static bool Starts(ReadOnlySpan<char> value, string prefix) => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    // "700 !important"
    private static bool IsHeavy(ReadOnlySpan<char> value) => value.Length > 3 && value[3] is ' ' or '!' && value[..3] is "600" or "700" or "800" or "900";
}
