using System.Buffers.Binary;
using System.Numerics;

namespace FilingLint.Expressions;

/// <summary>
/// XXH64 (github.com/Cyan4973/xxHash, spec in doc/xxhash_spec.md): the cache keys' hash. It detects changed rule
/// texts as well as SHA-256 would (no one attacks their own cache), without loading OpenSSL, which cost a warm run
/// about 8 ms. The System.IO.Hashing package is not served by the registry this project builds from.
/// </summary>
internal static class XxHash64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        int length = data.Length;
        ulong h;
        if (length >= 32)
        {
            ulong v1 = seed + Prime1 + Prime2, v2 = seed + Prime2, v3 = seed, v4 = seed - Prime1;
            do
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(data));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(data[8..]));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(data[16..]));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(data[24..]));
                data = data[32..];
            }
            while (data.Length >= 32);
            h = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7) + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            h = Merge(Merge(Merge(Merge(h, v1), v2), v3), v4);
        }
        else h = seed + Prime5;

        h += (ulong)length;
        for (; data.Length >= 8; data = data[8..])
            h = BitOperations.RotateLeft(h ^ Round(0, BinaryPrimitives.ReadUInt64LittleEndian(data)), 27) * Prime1 + Prime4;
        if (data.Length >= 4)
        {
            h = BitOperations.RotateLeft(h ^ BinaryPrimitives.ReadUInt32LittleEndian(data) * Prime1, 23) * Prime2 + Prime3;
            data = data[4..];
        }
        foreach (byte b in data)
            h = BitOperations.RotateLeft(h ^ b * Prime5, 11) * Prime1;

        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        h *= Prime3;
        return h ^ (h >> 32);
    }

    private static ulong Round(ulong acc, ulong input) => BitOperations.RotateLeft(acc + input * Prime2, 31) * Prime1;

    private static ulong Merge(ulong acc, ulong v) => (acc ^ Round(0, v)) * Prime1 + Prime4;
}
