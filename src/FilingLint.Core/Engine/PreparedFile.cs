using FilingLint.Documents;
using FilingLint.Facts;

namespace FilingLint.Engine;

/// <summary>
/// A file read and its facts extracted, before any rule runs: the primary document, then any exhibits asked for.
/// Each entry has its filing, or the result that replaces it (an unreadable file, facts that could not be extracted).
/// </summary>
internal sealed record PreparedFile(IReadOnlyList<(Document? Document, Filing? Filing, FileResult? Failed)> Parts);
