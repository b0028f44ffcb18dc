using System.Text;

namespace FilingLint.Documents.Readers;

/// <summary>What the first bytes of a file say about its format, independent of its extension.</summary>
internal static class ContentSniffing
{
    /// <summary>The start of the file as text (BOM and leading whitespace dropped), for content-based detection.</summary>
    public static string Start(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && (head[0] == 0xFF && head[1] == 0xFE))
            return Encoding.Unicode.GetString(head[2..]).TrimStart();
        if (head.Length >= 2 && (head[0] == 0xFE && head[1] == 0xFF))
            return Encoding.BigEndianUnicode.GetString(head[2..]).TrimStart();
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) head = head[3..];
        return Encoding.Latin1.GetString(head).TrimStart();
    }

    /// <summary>A zip archive (Word .docx and other Office Open XML files).</summary>
    public static bool IsZip(ReadOnlySpan<byte> head) => head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;

    /// <summary>An OLE compound file: a legacy .doc, or an encrypted (password-protected) Office document.</summary>
    public static bool IsCompoundFile(ReadOnlySpan<byte> head) =>
        head.Length >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0;
}
