using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Harness.Analyzers.Benchmarks.Corpus;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary><c>--layout-edits</c>: which edits changed how many files, the files left unedited, the copies injected.</summary>
internal sealed class LayoutEditReport
{
    private readonly TextWriter _out;

    public LayoutEditReport(TextWriter output) => _out = output;

    public void Write(LayoutEditRun run, SourceFolderCorpus corpus)
    {
        _out.WriteLine($"## Layout edits of {corpus.Name}: {run.FilesChanged} of {run.SourceFiles} files changed, in {string.Join(", ", run.Folders.Select(f => $"`{f}`"))}");
        _out.WriteLine();
        _out.WriteLine("| Edit | Files |");
        _out.WriteLine("|---|---:|");
        foreach (var (edit, files) in run.FilesPerEdit)
        {
            _out.WriteLine($"| {edit} | {files.ToString(CultureInfo.InvariantCulture)} |");
        }

        _out.WriteLine();
        _out.WriteLine(run.Undone.Count == 0
            ? "Every edited file kept its tokens (in another order) and its parse errors."
            : $"Left unedited, as the edits changed their tokens or parse errors: {string.Join(", ", run.Undone.Select(f => $"`{f}`"))}.");
        _out.WriteLine();
        if (run.Copies.Count > 0)
        {
            _out.WriteLine("| Injected copy | Of a method in | Into the first class of |");
            _out.WriteLine("|---|---|---|");
            foreach (var copy in run.Copies)
            {
                _out.WriteLine($"| `{copy.Name}` | `{copy.From}` | `{copy.Into}` |");
            }

            _out.WriteLine();
        }
    }
}
