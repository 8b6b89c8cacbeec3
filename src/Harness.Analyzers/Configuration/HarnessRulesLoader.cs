using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Merged rules by their rules files, keyed weakly by the text of the last file (the one nearest the project): an
    /// entry lives as long as that text, so editors' many compilations and texts leak nothing.
    /// </summary>
    private static readonly ConditionalWeakTable<SourceText, MergedOnce> Merged = new();

    public static bool IsRulesFile(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.Equals(RulesFileName, StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(PackRulesSuffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The merged rules of the compilation being analysed, merged once per set of rules texts: every analyzer asks in
    /// its own compilation-start action and gets the same value, and so do the next compilations (an editor's, after
    /// an edit) while the rules files are unchanged.
    /// </summary>
#pragma warning disable RS1012 // A helper that reads the context; its caller registers the actions.
    public static HarnessRules Load(CompilationStartAnalysisContext context)
    {
        var files = RulesFiles(context.Options, context.CancellationToken);
        if (files.Count == 0)
        {
            return HarnessRules.None;
        }

        return Merged.GetValue(files[files.Count - 1].Text, _ => new MergedOnce()).Get(files, () => Merge(files, Parser(context)));
    }

    /// <summary>The paths of the <c>harness.rules</c> files in force (not rule packs), outermost first: the first is the root.</summary>
    public static IReadOnlyList<string> FolderFilesInForce(CompilationStartAnalysisContext context) =>
        InForce(RulesFiles(context.Options, context.CancellationToken), Parser(context)).Folders.Select(file => file.Origin.Path).ToList();

    private static Func<SourceText, RulesDocument> Parser(CompilationStartAnalysisContext context) =>
        text => context.TryGetValue(text, RulesFileParser.Cache, out var document) ? document : RulesFileParser.Parse(text);
#pragma warning restore RS1012

    public static HarnessRules Load(AnalyzerOptions options, Func<SourceText, RulesDocument> parse, CancellationToken cancellationToken) =>
        Merge(RulesFiles(options, cancellationToken), parse);

    /// <summary>The additional files that are rules files, with their texts, in MSBuild order.</summary>
    private static List<(string Path, SourceText Text)> RulesFiles(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = new List<(string, SourceText)>();
        foreach (var file in options.AdditionalFiles)
        {
            if (IsRulesFile(file.Path) && file.GetText(cancellationToken) is { } text)
            {
                files.Add((file.Path, text));
            }
        }

        return files;
    }

    private static HarnessRules Merge(List<(string Path, SourceText Text)> files, Func<SourceText, RulesDocument> parse)
    {
        var (packs, folders) = InForce(files, parse);
        return packs.Count == 0 && folders.Count == 0 ? HarnessRules.None : RulesMerger.Merge(packs.Concat(folders));
    }

    /// <summary>Rule-pack files in MSBuild order, and the folder files in force, outermost first.</summary>
    private static (List<(RuleOrigin Origin, RulesDocument Document)> Packs, List<(RuleOrigin Origin, RulesDocument Document)> Folders) InForce(
        List<(string Path, SourceText Text)> files, Func<SourceText, RulesDocument> parse)
    {
        var packs = new List<(RuleOrigin Origin, RulesDocument Document)>();
        var folders = new List<(RuleOrigin Origin, RulesDocument Document, int Depth)>();
        foreach (var (path, text) in files)
        {
            var origin = new RuleOrigin(path, text);
            if (System.IO.Path.GetFileName(path).Equals(RulesFileName, StringComparison.OrdinalIgnoreCase))
            {
                folders.Add((origin, parse(text), DepthOf(path)));
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

    /// <summary>
    /// The rules merged from the sets of rules files that end with one text: a few sets, since projects in one folder
    /// tree share their innermost file but may see different rule packs.
    /// </summary>
    private sealed class MergedOnce
    {
        private const int MaxSets = 8;

        private readonly object _gate = new();
        private readonly List<(List<(string Path, SourceText Text)> Files, HarnessRules Rules)> _sets = new();

        public HarnessRules Get(List<(string Path, SourceText Text)> files, Func<HarnessRules> merge)
        {
            lock (_gate)
            {
                foreach (var set in _sets)
                {
                    if (SameFiles(set.Files, files))
                    {
                        return set.Rules;
                    }
                }

                var rules = merge();
                if (_sets.Count == MaxSets)
                {
                    _sets.RemoveAt(0);
                }

                _sets.Add((files, rules));
                return rules;
            }
        }

        private static bool SameFiles(List<(string Path, SourceText Text)> x, List<(string Path, SourceText Text)> y)
        {
            if (x.Count != y.Count)
            {
                return false;
            }

            for (var i = 0; i < x.Count; i++)
            {
                if (!string.Equals(x[i].Path, y[i].Path, StringComparison.Ordinal) || !ReferenceEquals(x[i].Text, y[i].Text))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
