using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Reviewer noise read on real code (HAR2003): a short run shared by the two directions of one thing, named by an
/// antonym. The same run shared with a member of another name, and a longer run between the two directions, are reported.
/// </summary>
public class OppositeDirectionsTests
{
    [Fact]
    public Task A_short_run_of_a_constructor_and_a_destructor_writer_is_quiet_but_other_pairs_are_reported()
    {
        // ICSharpCode.Decompiler's CSharpOutputVisitor (VisitConstructorDeclaration, line 2331, and
        // VisitDestructorDeclaration, line 2377): both write the enclosing type's name, whatever the declaration says.
        var code = """
            public class Node { public string Name = ""; public Node? Parent; public string Token = ""; }

            public class Writer
            {
                private readonly System.Text.StringBuilder output = new();

                private void Write(string text) => output.Append(text);

                public void VisitConstructor(Node node)
                {
                    Write("public ");
                    foreach (var modifier in node.Name.Split('.'))
                    {
                        Write(modifier.ToUpperInvariant());
                    }

                    Write(node.Name.Length > 3 ? " static" : " extern");
                    var type = node.Parent;
                    if (type != null && type.Name != node.Name)
                        Write(type.Token);
                    else
                        Write(node.Token);
                    Write("(");
                }

                public void VisitDestructor(Node node)
                {
                    Write("~");
                    var finalizer = node.Token.Trim();
                    while (finalizer.EndsWith("_", System.StringComparison.Ordinal))
                    {
                        finalizer = finalizer.Substring(0, finalizer.Length - 1);
                    }

                    output.Insert(0, finalizer);
                    var type = node.Parent;
                    if (type != null && type.Name != node.Name)
                        Write(type.Token);
                    else
                        Write(node.Token);
                    Write("(");
                }

                public void VisitOperator(Node node)
                {
                    Write("operator ");
                    switch (node.Token)
                    {
                        case "+": Write("op_Addition"); break;
                        case "-": Write("op_Subtraction"); break;
                        default: output.Clear(); break;
                    }

                    output.Replace("  ", " ");
                    {|#0:var type = node.Parent;
                    if (type != null && type.Name != node.Name)
                        Write(type.Token);
                    else
                        Write(node.Token);
                    Write("(");|}
                }

                public void BeginScope(Node node)
                {
                    var depth = node.Name.Length;
                    for (var level = 0; level < depth; level++)
                    {
                        output.Append('\t');
                    }

                    System.Diagnostics.Debug.Assert(depth >= 0, "negative depth");
                    {|#1:var scope = node.Parent ?? node;
                    Write(scope.Token);
                    if (scope.Name.Length > 0)
                        Write(scope.Name);
                    else
                        Write("<anonymous>");
                    Write(depth.ToString());|}
                }

                public void EndScope(Node node)
                {
                    var count = node.Token.Length;
                    if (output.Length > count)
                    {
                        output.Length -= count;
                        output.AppendLine();
                    }

                    output.Replace('\t', ' ');
                    {|#2:var scope = node.Parent ?? node;
                    Write(scope.Token);
                    if (scope.Name.Length > 0)
                        Write(scope.Name);
                    else
                        Write("<anonymous>");
                    Write(count.ToString());|}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 3 statements are repeated in 'Writer.VisitConstructor' (File0.cs line 18): extract the shared part into one method"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(2).WithAdditionalMarker(1)
            .WithMessage("These 4 statements are repeated in 'Writer.BeginScope' (File0.cs line 72): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_short_run_that_declines_is_reported_between_opposite_directions()
    {
        // Show and Hide decline for the same missing key: one check that decides both outcomes. Runs of one statement
        // count here, and only members 95% alike are near-twins, so that the two short members are compared by block.
        var code = """
            public class Catalog
            {
                private static bool TryFind(string key, out string found)
                {
                    found = key;
                    return key.Length > 2;
                }

                public bool Show(string key, int count)
                {
                    System.Console.WriteLine("show");
                    if (!TryFind(key, out var name)) { return false; }
                    if (name.Length > count) { return false; }
                    System.Console.WriteLine(name.Trim() + count);
                    return true;
                }

                public bool Hide(string key, int count)
                {
                    var hidden = count + 1;
                    {|#0:if (!TryFind(key, out var name)) { return false; }
                    if (name.Length > count) { return false; }|}
                    System.Console.WriteLine(name.ToUpperInvariant() + hidden);
                    return true;
                }
            }
            """;
        var test = DuplicationTest.CreateWithRules("[redundancy]\nmin_tokens = 20\nsimilarity = 0.95\nblock_statements = 1\n", code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(0)
            .WithMessage("These 2 statements are repeated in 'Catalog.Show' (File0.cs line 12): extract the shared part into one method"));
        return test.RunAsync();
    }
}
