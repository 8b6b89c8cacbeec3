using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Reviewer noise read on real code (HAR2002): members of one skeleton that each do their own operation at its places,
/// a test against an update of a bit range, or a composite's members that each ask the parts for what their own name
/// says. Beside each quiet pair, the copy a reviewer wants is reported.
/// </summary>
public class OperationTwinNoiseTests
{
    private const string SetRange = """
                Debug.Assert(startIndex <= endIndex);
                if (startIndex >= endIndex)
                {
                    return;
                }

                int startWordIndex = WordIndex(startIndex);
                int endWordIndex = WordIndex(endIndex - 1);
                ulong startMask = Mask << startIndex;
                ulong endMask = Mask >> -endIndex;
                if (startWordIndex == endWordIndex)
                {
                    words[startWordIndex] |= startMask & endMask;
                }
                else
                {
                    words[startWordIndex] |= startMask;
                    for (int i = startWordIndex + 1; i < endWordIndex; i++)
                    {
                        words[i] = ulong.MaxValue;
                    }

                    words[endWordIndex] |= endMask;
                }
        """;

    [Fact]
    public Task A_test_and_an_update_of_one_range_are_quiet_but_an_update_copied_is_reported()
    {
        // ICSharpCode.Decompiler's BitSet (Util/BitSet.cs line 91 against 202): All tests the words of a range where
        // Set assigns them; the index and mask arithmetic is how a range is addressed. Mark, which copies Set
        // and fills whole words with Mask, is a copy of the update.
        var code = $$"""
            using System.Diagnostics;

            namespace Util;

            public class BitSet
            {
                private const ulong Mask = ulong.MaxValue;
                private readonly ulong[] words = new ulong[4];

                private static int WordIndex(int index) => index >> 6;

                public bool All(int startIndex, int endIndex)
                {
                    Debug.Assert(startIndex <= endIndex);
                    if (startIndex >= endIndex)
                    {
                        return true;
                    }

                    int startWordIndex = WordIndex(startIndex);
                    int endWordIndex = WordIndex(endIndex - 1);
                    ulong startMask = Mask << startIndex;
                    ulong endMask = Mask >> -endIndex;
                    if (startWordIndex == endWordIndex)
                    {
                        return (words[startWordIndex] & (startMask & endMask)) == (startMask & endMask);
                    }
                    else
                    {
                        if ((words[startWordIndex] & startMask) != startMask)
                            return false;
                        for (int i = startWordIndex + 1; i < endWordIndex; i++)
                        {
                            if (words[i] != ulong.MaxValue)
                                return false;
                        }

                        return (words[endWordIndex] & endMask) == endMask;
                    }
                }

                public void {|#0:Set|}(int startIndex, int endIndex)
                {
            {{SetRange}}
                }

                public void {|#1:Mark|}(int startIndex, int endIndex)
                {
            {{SetRange.Replace("words[i] = ulong.MaxValue;", "words[i] = Mask;")}}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    [Fact]
    public Task Composite_members_that_ask_the_parts_for_their_own_name_are_quiet_but_one_asking_for_another_is_reported()
    {
        // ICSharpCode.Decompiler's IntersectionType (TypeSystem/IntersectionType.cs line 68 against 81): Name joins
        // the parts' Name, ReflectionName their ReflectionName. DisplayName joining the parts' FullName is the Name
        // getter copied with one call changed.
        var code = """
            using System.Text;

            namespace TypeSystem;

            public interface IType
            {
                string Name { get; }
                string ReflectionName { get; }
                string FullName { get; }
            }

            public sealed class IntersectionType
            {
                private readonly IType[] types = new IType[0];

                public string Name {
                    {|#0:get|} {
                        StringBuilder b = new StringBuilder();
                        foreach (var t in types)
                        {
                            if (b.Length > 0)
                                b.Append(" & ");
                            b.Append(t.Name);
                        }
                        return b.ToString();
                    }
                }

                public string ReflectionName {
                    get {
                        StringBuilder b = new StringBuilder();
                        foreach (var t in types)
                        {
                            if (b.Length > 0)
                                b.Append(" & ");
                            b.Append(t.ReflectionName);
                        }
                        return b.ToString();
                    }
                }

                public string DisplayName {
                    {|#1:get|} {
                        StringBuilder b = new StringBuilder();
                        foreach (var t in types)
                        {
                            if (b.Length > 0)
                                b.Append(" & ");
                            b.Append(t.FullName);
                        }
                        return b.ToString();
                    }
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    [Fact]
    public Task Long_twins_over_two_parameter_types_are_quiet_but_long_twins_over_one_type_are_reported()
    {
        // ICSharpCode.Decompiler's NormalizeBlockStatements (CSharp/Transforms/NormalizeBlockStatements.cs line 239
        // against 255): the property and the indexer simplification differ only in 'Property' where the other says
        // 'Indexer', 'property' where it says 'indexer', and the parameter's type is part of the swap: the two
        // declaration types share no base exposing Getter and ExpressionBody. A third copy for events that still takes
        // a PropertyDeclaration could call a shared helper, and is reported.
        var code = """
            namespace Transforms;

            public class Accessor { public int Modifiers; public void Remove() { } }
            public class Match { public bool Success; public object Get(string name) => name; }
            public class Pattern { public Match Match(object node) => new(); }
            public class Context { public void Step(string text, object node) { } }
            public class PropertyDeclaration { public Accessor? Getter; public int Modifiers; public object? ExpressionBody; public void CopyAnnotationsFrom(Accessor accessor) { } }
            public class IndexerDeclaration { public Accessor? Getter; public int Modifiers; public object? ExpressionBody; public void CopyAnnotationsFrom(Accessor accessor) { } }

            public class NormalizeBlockStatements
            {
                private const int MovableModifiers = 1;
                private static readonly Pattern CalculatedGetterOnlyPropertyPattern = new();
                private static readonly Pattern CalculatedGetterOnlyIndexerPattern = new();
                private static readonly Pattern CalculatedGetterOnlyEventPattern = new();
                private readonly Context context = new();

                void {|#0:SimplifyPropertyDeclaration|}(PropertyDeclaration propertyDeclaration)
                {
                    var m = CalculatedGetterOnlyPropertyPattern.Match(propertyDeclaration);
                    if (!m.Success)
                        return;
                    if (propertyDeclaration.Getter is not { } getter)
                        return;
                    if ((getter.Modifiers & ~MovableModifiers) != 0)
                        return;
                    context.Step("Use expression-bodied property", propertyDeclaration);
                    propertyDeclaration.Modifiers |= getter.Modifiers;
                    propertyDeclaration.ExpressionBody = m.Get("expression");
                    propertyDeclaration.CopyAnnotationsFrom(getter);
                    getter.Remove();
                }

                void SimplifyIndexerDeclaration(IndexerDeclaration indexerDeclaration)
                {
                    var m = CalculatedGetterOnlyIndexerPattern.Match(indexerDeclaration);
                    if (!m.Success)
                        return;
                    if (indexerDeclaration.Getter is not { } getter)
                        return;
                    if ((getter.Modifiers & ~MovableModifiers) != 0)
                        return;
                    context.Step("Use expression-bodied indexer", indexerDeclaration);
                    indexerDeclaration.Modifiers |= getter.Modifiers;
                    indexerDeclaration.ExpressionBody = m.Get("expression");
                    indexerDeclaration.CopyAnnotationsFrom(getter);
                    getter.Remove();
                }

                void {|#1:SimplifyEventDeclaration|}(PropertyDeclaration eventDeclaration)
                {
                    var m = CalculatedGetterOnlyEventPattern.Match(eventDeclaration);
                    if (!m.Success)
                        return;
                    if (eventDeclaration.Getter is not { } getter)
                        return;
                    if ((getter.Modifiers & ~MovableModifiers) != 0)
                        return;
                    context.Step("Use expression-bodied event", eventDeclaration);
                    eventDeclaration.Modifiers |= getter.Modifiers;
                    eventDeclaration.ExpressionBody = m.Get("expression");
                    eventDeclaration.CopyAnnotationsFrom(getter);
                    getter.Remove();
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }
}
