using System;
using System.Collections.Immutable;
using System.Threading;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Context;

/// <summary>
/// HAR0011: the block that tells coding agents the rules, in the <c>AGENTS.md</c> beside the root <c>harness.rules</c>,
/// no longer says what the effective rules say; reported live at the block's first line. A build with
/// <c>-t:HarnessContext</c> (build property HarnessWriteContext) reports the block to write instead, for the build
/// task to put into the file. Only a project that sees the root rules file alone speaks for it: one with a
/// <c>harness.rules</c> of its own below the root has rules the root's agents do not share.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AgentContextAnalyzer : DiagnosticAnalyzer
{
    internal const string FileProperty = "HarnessContextFile";
    internal const string BlockProperty = "HarnessContextBlock";
    private const string WriteProperty = "build_property.HarnessWriteContext";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AgentContextOutOfDate);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var files = HarnessRulesLoader.FolderFilesInForce(start);
            if (files.Count != 1)
            {
                return;
            }

            var rules = files[0];
            var agents = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(rules) ?? string.Empty, ContextBlock.FileName);
            var block = AgentContextText.Render(HarnessRulesLoader.Load(start));
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FileProperty, agents).Add(BlockProperty, block);
            var message = new object[] { ContextBlock.FileName, System.IO.Path.GetFileName(rules) };
            if (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(WriteProperty, out var write) && write.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                // Once per compilation, from whichever document comes first: the file may not exist yet.
                var reported = 0;
                start.RegisterSyntaxTreeAction(tree =>
                {
                    if (Interlocked.Exchange(ref reported, 1) == 0)
                    {
                        tree.ReportDiagnostic(Diagnostic.Create(Descriptors.AgentContextOutOfDate, Location.None, properties, message));
                    }
                });
                return;
            }

            start.RegisterAdditionalFileAction(file =>
            {
                if (!string.Equals(file.AdditionalFile.Path, agents, StringComparison.OrdinalIgnoreCase)
                    || file.AdditionalFile.GetText(file.CancellationToken) is not { } text
                    || ContextBlock.Find(text.ToString()) is not { } found
                    || found.Content == block)
                {
                    return;
                }

                var line = text.Lines.GetLineFromPosition(found.BeginIndex);
                var location = Location.Create(file.AdditionalFile.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                file.ReportDiagnostic(Diagnostic.Create(Descriptors.AgentContextOutOfDate, location, properties, message));
            });
        });
    }
}
