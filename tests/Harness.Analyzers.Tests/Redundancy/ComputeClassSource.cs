using System.Collections.Generic;
using System.Linq;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>Documents for the editor-scenario tests: one class per document, whose method's logic differs per <c>logic</c>.</summary>
internal static class ComputeClassSource
{
    /// <summary>A member whose logic differs per <paramref name="logic"/> (the operator and loop shape change with it).</summary>
    public static string Of(int index, int logic) => $$"""
        namespace Shop;

        public class Class{{index}}
        {
            public int Compute(int[] values)
            {
                var result = {{logic}};
                for (var i = 0; i < values.Length; i += {{logic + 1}})
                {
                    result = result {{(logic % 2 == 0 ? "+" : "*")}} values[i] + i{{string.Concat(Enumerable.Repeat(" + i", logic))}};
                }

                return result;
            }
        }
        """;

    /// <summary>File0.cs … File{count - 1}.cs, each class with logic of its own.</summary>
    public static IEnumerable<(string Path, string Text)> Files(int count) =>
        Enumerable.Range(0, count).Select(i => ($"File{i}.cs", Of(i, i)));

    public static IEnumerable<SyntaxTree> Trees(int count) => Files(count).Select(file => TestProject.Parse(file.Path, file.Text));

    public static ProjectSpec Project(string name, int count) => ProjectSpec.For(name, Files(count));
}
