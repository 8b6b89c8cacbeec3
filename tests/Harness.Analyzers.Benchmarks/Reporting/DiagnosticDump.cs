using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// <c>--dump FILE</c>: every reported diagnostic as one TSV line, sorted (see <see cref="ReportedDiagnostic.From"/>),
/// for reviewers to sample and read, and to diff before and after a change. The first four columns are those of a
/// verdict file, so a sampled line becomes a verdict by adding the verdict and a reason.
/// </summary>
internal static class DiagnosticDump
{
    public const string Header = "id\tfile\tline\tcolumn\tmember\ttext\tmessage\tadditional_locations";

    public static void Write(string path, IReadOnlyList<ReportedDiagnostic> diagnostics)
    {
        var output = new StringBuilder().Append(Header).Append('\n');
        foreach (var d in diagnostics)
        {
            output.Append(Cell(d.Id)).Append('\t')
                .Append(Cell(d.File)).Append('\t')
                .Append(d.Line.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(d.Column.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(Cell(d.Member)).Append('\t')
                .Append(Cell(d.Text)).Append('\t')
                .Append(Cell(d.Message)).Append('\t')
                .Append(Cell(string.Join(";", d.AdditionalLocations))).Append('\n');
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, output.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>A TSV cell cannot hold tabs or line breaks.</summary>
    private static string Cell(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
