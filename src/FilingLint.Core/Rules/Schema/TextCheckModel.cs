using System.ComponentModel;
using System.Text.Json.Serialization;

namespace FilingLint.Rules.Schema;

/// <summary>The options of <c>require</c> and <c>forbid</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[AtLeastOneOf("patterns", "text")]
internal sealed class TextCheckModel
{
    [OneOrMany, NamedPatterns, Description(".NET regular expressions, compiled at load, each match limited to one second; an item may be a mapping of 'pattern' and 'means' (what it looks for, in plain words, shown in findings instead of the pattern).")]
    public List<string>? Patterns { get; set; }

    [OneOrMany, Description("Literal phrases, matched across any whitespace and quote style.")]
    public List<string>? Text { get; set; }

    [Description("Where to look: the whole document or the cover page.")]
    public TextScope? Scope { get; set; }

    [JsonPropertyName("ignore-case"), Description("Match without regard to case.")]
    public bool? IgnoreCase { get; set; }
}
