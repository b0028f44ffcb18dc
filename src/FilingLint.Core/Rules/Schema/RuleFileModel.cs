using System.ComponentModel;
using System.Text.Json.Serialization;

namespace FilingLint.Rules.Schema;

/// <summary>The shape of a rules file, for the JSON Schema editors use; <see cref="RuleLoader"/> is what enforces it.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A FilingLint rules file: a list of rules.")]
internal sealed class RuleFileModel
{
    [JsonRequired, Description("The rules of this file.")]
    public List<RuleModel> Rules { get; set; } = [];
}
