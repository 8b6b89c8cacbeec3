using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Reviewer noise read on real code (HAR2001): extension methods with one body for receivers of different types are
/// the typed overloads of an extension API, whatever their names; an extension copied for the same receiver type is
/// still a copy.
/// </summary>
public class ReceiverOverloadTests
{
    private const string Body = """
        {
            U[] result = new U[collection.Count];
            int index = 0;
            foreach (var element in collection)
            {
                result[index++] = func(element);
            }
            return result;
        }
        """;

    [Fact]
    public Task Extensions_of_other_receiver_types_are_quiet_but_copies_for_the_same_receiver_type_are_reported()
    {
        // ICSharpCode.Decompiler's CollectionExtensions (Util/CollectionExtensions.cs line 155, 184 and 199):
        // SelectArray for ICollection<T>, SelectReadOnlyArray for IReadOnlyCollection<T> (no common interface) and
        // SelectArray for List<T> (its struct enumerator). ToArrayOf repeats the ICollection<T> one, and ToArrayOfList
        // the List<T> one: each is the copy of its own receiver's twin, though other receivers' twins come first.
        var code = $$"""
            using System;
            using System.Collections.Generic;

            namespace Util;

            public static class CollectionExtensions
            {
                public static U[] {|#0:SelectArray|}<T, U>(this ICollection<T> collection, Func<T, U> func)
            {{Body}}

                public static U[] {|#1:SelectReadOnlyArray|}<T, U>(this IReadOnlyCollection<T> collection, Func<T, U> func)
            {{Body}}

                public static U[] {|#2:SelectArray|}<T, U>(this List<T> collection, Func<T, U> func)
            {{Body}}
            }

            public static class ArrayExtensions
            {
                public static U[] {|#3:ToArrayOf|}<T, U>(this ICollection<T> collection, Func<T, U> func)
            {{Body}}

                public static U[] {|#4:ToArrayOfList|}<T, U>(this List<T> collection, Func<T, U> func)
            {{Body}}
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2001").AtMarker(3)
            .WithAdditionalMarker(0).WithAdditionalMarker(1).WithAdditionalMarker(2).WithAdditionalMarker(4));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2001").AtMarker(4)
            .WithAdditionalMarker(2).WithAdditionalMarker(0).WithAdditionalMarker(1).WithAdditionalMarker(3)
            .WithMessage("'ArrayExtensions.ToArrayOfList' has the same body as 'CollectionExtensions.SelectArray' (File0.cs line 30), apart from layout, local names and literal values"));
        return test.RunAsync();
    }
}
