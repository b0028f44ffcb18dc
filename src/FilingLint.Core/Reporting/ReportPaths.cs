namespace FilingLint.Reporting;

/// <summary>Paths as machine formats want them: relative to a base folder (the repository), with forward slashes.</summary>
public static class ReportPaths
{
    public static string Relative(string path, string baseDirectory)
    {
        string relative = Path.GetRelativePath(Path.GetFullPath(baseDirectory), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
