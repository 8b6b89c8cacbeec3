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
}
