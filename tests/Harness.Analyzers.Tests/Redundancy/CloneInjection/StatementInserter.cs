using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Type 3, insertion: a new statement at a random place in a random block (never after a jump), built from the
/// variables certainly assigned there, so it compiles: a clamp, a guard, a log line, a list or builder call.
/// </summary>
internal static class StatementInserter
{
    private static readonly SymbolDisplayFormat ShortTypeName = new(
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private static readonly string[] Words = { "check", "audit", "retry", "fallback", "trace" };

    public static (MethodDeclarationSyntax Method, string Description)? Insert(MethodDeclarationSyntax method, SemanticModel model, Random random)
    {
        var blocks = method.Body!.DescendantNodesAndSelf().OfType<BlockSyntax>().ToList();
        var block = blocks[random.Next(blocks.Count)];
        var firstJump = block.Statements.IndexOf(s => s is ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax);
        var index = random.Next((firstJump < 0 ? block.Statements.Count : firstJump) + 1);
        var text = StatementFor(VisibleVariables.At(block, index, method, model), random);
        var statement = SyntaxFactory.ParseStatement(text).WithLeadingTrivia(IndentationAt(block, index)).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
        return (method.ReplaceNode(block, block.WithStatements(block.Statements.Insert(index, statement))), $"inserted `{text}`");
    }

    private static string StatementFor(IReadOnlyList<VisibleVariable> variables, Random random)
    {
        var specific = new List<string>();
        var general = new List<string>();
        var n = random.Next(2, 50);
        var word = Words[random.Next(Words.Length)];
        foreach (var variable in variables)
        {
            var v = variable.Name;
            specific.AddRange(variable.Type.SpecialType switch
            {
                SpecialType.System_Int32 when variable.Assignable => new[] { $"{v} += {n};", $"{v} = Math.Max({v}, {n});", $"if ({v} > {n}) {{ {v} = {n}; }}" },
                SpecialType.System_Decimal when variable.Assignable => new[] { $"{v} = Math.Round({v}, 2);", $"{v} -= {n}m;" },
                SpecialType.System_Double when variable.Assignable => new[] { $"{v} = Math.Abs({v});" },
                SpecialType.System_String when variable.Assignable => new[] { $"{v} = {v}.Trim();", $"{v} += \"{word}\";" },
                SpecialType.System_Boolean when variable.Assignable => new[] { $"{v} = !{v};" },
                _ => ByTypeName(variable.Type.ToDisplayString(ShortTypeName), v, n, word),
            });
            if (variable.IsParameter && variable.Type.IsReferenceType && variable.Type.SpecialType != SpecialType.System_String)
            {
                specific.Add($"ArgumentNullException.ThrowIfNull({v});");
            }

            general.Add($"Console.WriteLine({v});");
            general.Add($"Console.WriteLine($\"{word}: {{{v}}}\");");
        }

        general.Add($"Console.WriteLine(\"{word}\");");
        var pool = specific.Count > 0 && random.Next(4) > 0 ? specific : general;
        return pool[random.Next(pool.Count)];
    }

    private static string[] ByTypeName(string type, string v, int n, string word) => type switch
    {
        "List<int>" => new[] { $"{v}.Add({n});", $"{v}.Sort();" },
        "List<string>" => new[] { $"{v}.Add(\"{word}\");", $"{v}.RemoveAll(string.IsNullOrEmpty);" },
        "List<Order>" => new[] { $"{v}.RemoveAll(o => o.Lines.Count == 0);" },
        "Dictionary<string, int>" => new[] { $"{v}.Remove(\"{word}\");", $"{v}.TryAdd(\"{word}\", {n});" },
        "StringBuilder" => new[] { $"{v}.AppendLine();", $"{v}.Append('{word[0]}');" },
        "CancellationToken" => new[] { $"{v}.ThrowIfCancellationRequested();" },
        _ => Array.Empty<string>(),
    };

    /// <summary>The indentation of the statement the new one goes before (or after, at the end of the block).</summary>
    private static SyntaxTriviaList IndentationAt(BlockSyntax block, int index)
    {
        var neighbour = block.Statements.Count == 0 ? null : block.Statements[Math.Min(index, block.Statements.Count - 1)];
        var whitespace = neighbour?.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)) ?? default;
        if (whitespace.RawKind != 0)
        {
            return SyntaxFactory.TriviaList(whitespace);
        }

        var brace = block.OpenBraceToken.LeadingTrivia.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
        return SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(brace + "    "));
    }
}
