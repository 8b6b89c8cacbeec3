using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Harness.Analyzers.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Finds copies across the whole compilation while the developer is still in the editor: each document is judged
/// in a syntax-tree action (live) against a clone index of every document. Fingerprints are cached per tree and
/// indexes across compilations (<see cref="CloneIndexCache"/>), so an edit re-fingerprints and re-indexes the
/// edited document only.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Run in the order their declared findings need (<see cref="MemberRuleSet"/>), not the order listed here.</summary>
    private static readonly MemberRuleSet MemberRules = new(new DuplicateMemberRule(), new NearDuplicateMemberRule(), new VersionedTwinRule());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.DuplicateMember,
        Descriptors.NearDuplicateMember,
        Descriptors.DuplicatedBlock,
        Descriptors.VersionedTwin,
        Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var scope = RedundancyScope.Load(start);
            var compilation = start.Compilation;
            var index = new ComputeOnce<CloneIndex>(cancellationToken => CloneIndexCache.Shared.Get(compilation, scope, cancellationToken));
            var ledger = BaselineLedger.Start(start, SupportedDiagnostics);
            start.RegisterSyntaxTreeAction(document =>
            {
                if (scope.Includes(document.Tree))
                {
                    Analyze(FingerprintCache.Shared.Get(document.Tree, scope.Settings.MinTokens, document.CancellationToken), index.Get(document.CancellationToken), ledger.Counting(document.ReportDiagnostic));
                }
            });
            ledger.RegisterStaleCheck(start, SupportedDiagnostics);
        });
    }

    private static void Analyze(TreeFingerprints tree, CloneIndex index, Action<Diagnostic> report)
    {
        var findings = new Dictionary<MemberFingerprint, MemberFindings>();
        foreach (var member in tree.Members)
        {
            findings.Add(member, MemberRules.Run(member, index, report));
        }

        if (!tree.Windows.IsEmpty)
        {
            DuplicatedBlockRule.Check(tree, index, findings, report);
        }
    }
}
