using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Tests.VerificationTests;

// Small analyzers that exist only to exercise the verifier (the test csproj turns off the packaging rules).
#pragma warning disable RS1005 // UndeclaredIdAnalyzer breaks this rule on purpose

/// <summary>TST0001: every identifier token spelled <c>Bad</c> (declarations and references).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadIdentifierAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST0001";

    internal static readonly DiagnosticDescriptor Rule = new(Id, "Bad name", "'{0}' is a bad name", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(c =>
        {
            foreach (var token in c.Tree.GetRoot(c.CancellationToken).DescendantTokens().Where(t => IsBad(t, "Bad")))
            {
                c.ReportDiagnostic(Diagnostic.Create(Rule, token.GetLocation(), token.ValueText));
            }
        });
    }

    internal static bool IsBad(SyntaxToken token, string name) => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name;
}

/// <summary>TST0002: identifiers spelled <c>Worse</c>; disabled unless config enables it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DisabledByDefaultAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST0002";

    private static readonly DiagnosticDescriptor Rule = new(Id, "Worse name", "'Worse' is a worse name", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: false);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(c =>
        {
            foreach (var token in c.Tree.GetRoot(c.CancellationToken).DescendantTokens().Where(t => BadIdentifierAnalyzer.IsBad(t, "Worse")))
            {
                c.ReportDiagnostic(Diagnostic.Create(Rule, token.GetLocation()));
            }
        });
    }
}

/// <summary>TST0003: in additional files ending in <c>.rules</c>, each line that is neither blank, a section, nor <c>key = value</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RulesFileAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST0003";

    private static readonly DiagnosticDescriptor Rule = new(
        Id, "Malformed rule", "Malformed rule line '{0}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        customTags: [WellKnownDiagnosticTags.CompilationEnd]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(c =>
        {
            foreach (var file in c.Options.AdditionalFiles.Where(f => f.Path.EndsWith(".rules", StringComparison.Ordinal)))
            {
                var text = file.GetText(c.CancellationToken)!;
                foreach (var line in text.Lines)
                {
                    var content = line.ToString();
                    var trimmed = content.Trim();
                    if (trimmed.Length > 0 && trimmed[0] != '[' && !trimmed.Contains('='))
                    {
                        var span = new Microsoft.CodeAnalysis.Text.TextSpan(line.Start + content.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length);
                        c.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span)), trimmed));
                    }
                }
            }
        });
    }
}

/// <summary>TST0004: on each class name, the values of options <c>tst_option</c> (per file) and <c>tst_global</c> (global).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OptionReadingAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST0004";

    private static readonly DiagnosticDescriptor Rule = new(Id, "Options", "tst_option={0}, tst_global={1}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var provider = c.Options.AnalyzerConfigOptionsProvider;
                var local = provider.GetOptions(c.Node.SyntaxTree).TryGetValue("tst_option", out var v) ? v : "(unset)";
                var global = provider.GlobalOptions.TryGetValue("tst_global", out var g) ? g : "(unset)";
                c.ReportDiagnostic(Diagnostic.Create(Rule, ((ClassDeclarationSyntax)c.Node).Identifier.GetLocation(), local, global));
            },
            SyntaxKind.ClassDeclaration);
    }
}

/// <summary>TST0005: one diagnostic without location counting the <c>Bad</c> identifiers, each an additional location.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadCountAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST0005";

    private static readonly DiagnosticDescriptor Rule = new(
        Id, "Bad count", "{0} bad name(s)", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        customTags: [WellKnownDiagnosticTags.CompilationEnd]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var found = new ConcurrentBag<Location>();
            start.RegisterSyntaxTreeAction(c =>
            {
                foreach (var token in c.Tree.GetRoot(c.CancellationToken).DescendantTokens().Where(t => BadIdentifierAnalyzer.IsBad(t, "Bad")))
                {
                    found.Add(token.GetLocation());
                }
            });
            start.RegisterCompilationEndAction(c =>
            {
                var ordered = found.OrderBy(l => l.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(l => l.SourceSpan.Start).ToList();
                c.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, ordered, ordered.Count));
            });
        });
    }
}

/// <summary>TST0006: each use of a type declared in another source assembly (a referenced project).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CrossAssemblyAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST0006";

    private static readonly DiagnosticDescriptor Rule = new(Id, "Foreign type", "'{0}' comes from assembly '{1}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                if (c.SemanticModel.GetSymbolInfo(c.Node, c.CancellationToken).Symbol is INamedTypeSymbol type
                    && !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, c.Compilation.Assembly)
                    && type.ContainingAssembly.Name.StartsWith("Lib", StringComparison.Ordinal))
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, c.Node.GetLocation(), type.Name, type.ContainingAssembly.Name));
                }
            },
            SyntaxKind.IdentifierName);
    }
}

/// <summary>TST0007: throws on every syntax tree.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("TST0007", "Throws", "Never reported", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("boom from the test analyzer"));
    }
}

/// <summary>Reports an ID it does not declare in <see cref="SupportedDiagnostics"/>, a classic analyzer bug.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndeclaredIdAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Declared = new("TST0008", "Declared", "Declared", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
    private static readonly DiagnosticDescriptor Undeclared = new("TST0009", "Undeclared", "Undeclared", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Declared];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(c => c.ReportDiagnostic(Diagnostic.Create(Undeclared, Location.None)));
    }
}
