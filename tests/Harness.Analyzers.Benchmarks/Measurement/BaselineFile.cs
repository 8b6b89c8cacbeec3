using System;
using System.Collections.Immutable;
using System.IO;
using Harness.Analyzers.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// <c>--baseline FILE</c>: a <c>harness.baseline</c> the analyzers get as an additional file at <see cref="Path"/>, in the
/// first <c>--src</c> folder, where a build of a project in that folder writes it: its entries' files are relative to
/// that folder (as <c>--baseline-write</c> writes them), wherever <see cref="Source"/> itself lies.
/// </summary>
internal sealed record BaselineFile(string Path, string Text, string Source)
{
    /// <exception cref="ArgumentException">No such file.</exception>
    public static BaselineFile Load(string file, string folder)
        => File.Exists(file)
            ? new BaselineFile(System.IO.Path.Combine(folder, BaselineDocument.FileName), File.ReadAllText(file), System.IO.Path.GetFullPath(file))
            : throw new ArgumentException($"--baseline: no file '{file}'.");

    /// <summary>Its entries as the analyzers parse them (once per text), and the lines that are not entries.</summary>
    public BaselineDocument Parse() => BaselineDocument.Get(Path, SourceText.From(Text));

    /// <summary>A new additional text per call, like <see cref="RulesFile.ToAdditionalTexts"/>: a build parses it afresh.</summary>
    public static ImmutableArray<AdditionalText> ToAdditionalTexts(BaselineFile? baseline)
        => baseline is null ? [] : [new InMemoryAdditionalText(baseline.Path, baseline.Text)];
}
