using System;
using System.IO;
using System.Text;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// A fresh folder under <see cref="System.IO.Path.GetTempPath"/>, outside the repository, so that the
/// repository's Directory.Build.props, Directory.Packages.props, global.json and harness.rules cannot
/// leak into what is built there. Deleted on dispose unless HARNESS_E2E_KEEP=1.
/// </summary>
internal sealed class TempDirectory : IDisposable
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private TempDirectory(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    public static bool KeepRequested => Environment.GetEnvironmentVariable("HARNESS_E2E_KEEP") == "1";

    public static TempDirectory Create(string prefix) =>
        new(System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            $"{prefix}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N").Substring(0, 8)}"));

    /// <summary>The full path of <paramref name="relativePath"/> ('/'-separated) inside this folder.</summary>
    public string Combine(string relativePath) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar)));

    /// <summary>Writes UTF-8 text with '\n' line ends (so line numbers are what the test computed); returns the full path.</summary>
    public string Write(string relativePath, string content)
    {
        var fullPath = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content.Replace("\r\n", "\n"), Utf8NoBom);
        return fullPath;
    }

    public void Delete(string relativePath)
    {
        var fullPath = Combine(relativePath);
        if (File.Exists(fullPath))
        {
            File.Delete(fullPath);
        }
    }

    public void Dispose()
    {
        if (KeepRequested)
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A straggling process may still hold a file; the OS cleans the temp folder eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
