namespace FilingLint.Facts.Extractors;

/// <summary>How close two spellings are: a typing slip is one letter added, dropped, changed, or two neighbours swapped.</summary>
internal static class Spelling
{
    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private static readonly string[] KeyRows = { "qwertyuiop", "asdfghjkl", "zxcvbnm" };

    /// <summary>
    /// One edit apart in the way fingers slip: a letter dropped or added, neighbours swapped, or a letter changed for a
    /// key next to it (“Agenct” for “Agency”). A letter changed for a distant key, a changed last letter (“Offices”,
    /// “Officer”) and “re” for “er” at the end (“Centre”) are other words or spellings, not slips. Compared ignoring case.
    /// </summary>
    public static bool IsTypingSlip(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        if (!OneEditApart(a, b)) return false;
        if (a.Length != b.Length) return true;
        int i = 0;
        while (a[i] == b[i]) i++;
        if (i + 1 < a.Length && a[i + 1] != b[i + 1]) return !(i == a.Length - 2 && a[i..] is "re" or "er"); // a swap
        return i < a.Length - 1 && KeysAdjacent(a[i], b[i]);
    }

    private static bool KeysAdjacent(char x, char y)
    {
        for (int r = 0; r < KeyRows.Length; r++)
        {
            int i = KeyRows[r].IndexOf(x);
            if (i < 0) continue;
            for (int r2 = Math.Max(0, r - 1); r2 <= Math.Min(KeyRows.Length - 1, r + 1); r2++)
            {
                int j = KeyRows[r2].IndexOf(y);
                // Rows are staggered: a key touches the one before and after it on its own row, and the two it sits
                // between on the rows above and below.
                if (j >= 0 && (r2 == r ? Math.Abs(i - j) == 1 : j - i is 0 or 1 or -1)) return true;
            }
        }
        return false;
    }
}
