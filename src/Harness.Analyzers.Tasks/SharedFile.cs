using System.IO;
using System.Text;
using System.Threading;

namespace Harness.Analyzers.Tasks;

/// <summary>
/// A file that every project of a solution rewrites in turn (the baseline, AGENTS.md): read and rewritten under an
/// exclusive lock, since the projects of one build run in parallel.
/// </summary>
internal static class SharedFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Rewrites <paramref name="path"/> (created when absent) with what <paramref name="rewrite"/> makes of its text.</summary>
    public static void Rewrite(string path, System.Func<string, string> rewrite)
    {
        using var file = OpenExclusive(path);
        string text;
        using (var reader = new StreamReader(file, Utf8, detectEncodingFromByteOrderMarks: true, 4096, leaveOpen: true))
        {
            text = reader.ReadToEnd();
        }

        var rewritten = rewrite(text);
        if (rewritten == text)
        {
            return;
        }

        file.Position = 0;
        file.SetLength(0);
        using var writer = new StreamWriter(file, Utf8, 4096, leaveOpen: true);
        writer.Write(rewritten);
    }

    private static FileStream OpenExclusive(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(100); // another project of the build holds it for the moment it takes to rewrite it
            }
        }
    }
}
