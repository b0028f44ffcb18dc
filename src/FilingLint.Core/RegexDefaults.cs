using System.Runtime.CompilerServices;

namespace FilingLint;

internal static class RegexDefaults
{
    /// <summary>
    /// Regexes built inside rule expressions (<c>Regex.IsMatch(x, pattern)</c>) get a match timeout too, so no
    /// rule can hang a run. The setting is read once, when Regex is first used, hence a module initializer.
    /// </summary>
#pragma warning disable CA2255 // A library module initializer is intended: it must run before any Regex exists.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize() =>
        AppDomain.CurrentDomain.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(2));
}
