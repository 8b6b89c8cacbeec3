using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// Finds the rules files among a project's additional files and merges them in the spec's precedence: rule-pack
/// files (<c>*.harness.rules</c>) in MSBuild order, then <c>harness.rules</c> files from the outermost folder to the
/// project's own, ignoring those above the innermost one that says <c>root = true</c>.
/// </summary>
internal static class HarnessRulesLoader
{
    public const string RulesFileName = "harness.rules";
    private const string PackRulesSuffix = ".harness.rules";

    public static bool IsRulesFile(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.Equals(RulesFileName, StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(PackRulesSuffix, StringComparison.OrdinalIgnoreCase);
    }

#pragma warning disable RS1012 // Helpers that read the context; their callers register the actions.
    public static HarnessRules Load(CompilationStartAnalysisContext context) =>
        Load(context.Options, Parser(context), context.CancellationToken);

    /// <summary>The paths of the <c>harness.rules</c> files in force (not rule packs), outermost first: the first is the root.</summary>
    public static IReadOnlyList<string> FolderFilesInForce(CompilationStartAnalysisContext context) =>
        Read(context.Options, Parser(context), context.CancellationToken).Folders.Select(file => file.Origin.Path).ToList();

    private static Func<SourceText, RulesDocument> Parser(CompilationStartAnalysisContext context) =>
        text => context.TryGetValue(text, RulesFileParser.Cache, out var document) ? document : RulesFileParser.Parse(text);
#pragma warning restore RS1012

    public static HarnessRules Load(AnalyzerOptions options, Func<SourceText, RulesDocument> parse, CancellationToken cancellationToken)
    {
        var (packs, folders) = Read(options, parse, cancellationToken);
        return packs.Count == 0 && folders.Count == 0 ? HarnessRules.None : RulesMerger.Merge(packs.Concat(folders));
    }

    /// <summary>Rule-pack files in MSBuild order, and the folder files in force, outermost first.</summary>
    private static (List<(RuleOrigin Origin, RulesDocument Document)> Packs, List<(RuleOrigin Origin, RulesDocument Document)> Folders) Read(
        AnalyzerOptions options, Func<SourceText, RulesDocument> parse, CancellationToken cancellationToken)
    {
        var packs = new List<(RuleOrigin, RulesDocument)>();
        var folders = new List<(RuleOrigin Origin, RulesDocument Document, int Depth)>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!IsRulesFile(file.Path) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            var origin = new RuleOrigin(file.Path, text);
            if (System.IO.Path.GetFileName(file.Path).Equals(RulesFileName, StringComparison.OrdinalIgnoreCase))
            {
                folders.Add((origin, parse(text), DepthOf(file.Path)));
            }
            else
            {
                packs.Add((origin, parse(text)));
            }
        }

        var outermostFirst = folders.OrderBy(f => f.Depth).ToList();
        var root = outermostFirst.FindLastIndex(f => f.Document.Root == true);
        return (packs, outermostFirst.Skip(Math.Max(root, 0)).Select(f => (f.Origin, f.Document)).ToList());
    }

    private static int DepthOf(string path)
    {
        var depth = 0;
        foreach (var c in path)
        {
            if (c is '/' or '\\')
            {
                depth++;
            }
        }

        return depth;
    }
}
