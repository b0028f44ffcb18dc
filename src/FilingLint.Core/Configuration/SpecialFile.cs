using System.Runtime.InteropServices;

namespace FilingLint.Configuration;

/// <summary>
/// Tells a device, a named pipe or a socket (<c>/dev/null</c>, a FIFO made with mkfifo) from a regular file. .NET has
/// no public API for a file's type (dotnet/runtime#85148: <see cref="FileSystemInfo.Attributes"/> says <c>Normal</c> for
/// all of them), so this asks the runtime's own native layer, whose status record is the same on every Unix (its mode
/// is the second 32-bit field, with the file type bits normalized to the POSIX values).
/// </summary>
internal static class SpecialFile
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;
    private const int Link = 0xA000;

    /// <summary>
    /// True when <paramref name="path"/> exists and is neither a regular file, a folder nor a symbolic link (not
    /// followed): something a report can be written to, but not replaced by a file renamed over it. False where the
    /// platform cannot say (Windows has no such files in its folders).
    /// </summary>
    public static bool Is(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        // The runtime's record is about 130 bytes today; the rest is room for fields a later runtime adds at its end.
        var status = new byte[512];
        try
        {
            if (LStat(path, status) != 0) return false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        int type = BitConverter.ToInt32(status, 4) & TypeMask;
        return type is not (Regular or Directory or Link);
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
