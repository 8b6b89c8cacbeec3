using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Reviewer noise read on real code (HAR2002): a test and its false direction, named by adding <c>False</c> to the
/// other's name, alike by design. A copy of the test under another name is still reported.
/// </summary>
public class FalseDirectionTwinTests
{
    [Fact]
    public Task A_condition_and_its_false_direction_are_quiet_but_a_renamed_copy_is_reported()
    {
        // ICSharpCode.Decompiler's CSharpResolver (ResolveCondition, line 2587, and ResolveConditionFalse, line 2609):
        // operator true against operator false, the second negating what it converts.
        var code = """
            public sealed class Result
            {
                public Result? FindOperator(string name) => name.Length > 0 ? this : null;
            }

            public sealed class Conversion
            {
                public bool IsValid;
                public static Conversion UserDefined(Result method) => new() { IsValid = method != null };
            }

            public sealed class Conversions
            {
                public Result FindBoolean() => new();
                public Conversion Implicit(Result input, Result type) => new();
                public Result Convert(Result input, Result type, Conversion conversion) => input;
                public Result Not(Result input) => input;
            }

            public class Resolver
            {
                private readonly Conversions conversions = new();

                public Result ResolveCondition(Result input)
                {
                    if (input == null)
                        throw new System.ArgumentNullException(nameof(input));
                    var boolean = conversions.FindBoolean();
                    var c = conversions.Implicit(input, boolean);
                    if (!c.IsValid)
                    {
                        var opTrue = input.FindOperator("op_True");
                        if (opTrue != null)
                        {
                            c = Conversion.UserDefined(opTrue);
                        }
                    }
                    return conversions.Convert(input, boolean, c);
                }

                public Result ResolveConditionFalse(Result input)
                {
                    if (input == null)
                        throw new System.ArgumentNullException(nameof(input));
                    var boolean = conversions.FindBoolean();
                    var c = conversions.Implicit(input, boolean);
                    if (!c.IsValid)
                    {
                        var opFalse = input.FindOperator("op_False");
                        if (opFalse != null)
                        {
                            c = Conversion.UserDefined(opFalse);
                            return conversions.Convert(input, boolean, c);
                        }
                    }
                    return conversions.Not(conversions.Convert(input, boolean, c));
                }
            }

            public class StrictResolver
            {
                private readonly Conversions conversions = new();

                public Result {|#0:ResolveStrictCondition|}(Result input)
                {
                    if (input == null)
                        throw new System.ArgumentNullException(nameof(input));
                    var boolean = conversions.FindBoolean();
                    var c = conversions.Implicit(input, boolean);
                    if (!c.IsValid)
                    {
                        var opTrue = input.FindOperator("op_True");
                        if (opTrue != null)
                        {
                            c = Conversion.UserDefined(opTrue);
                        }
                    }
                    return conversions.Not(conversions.Convert(input, boolean, c));
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(0)
            .WithMessage("'StrictResolver.ResolveStrictCondition' is 93% similar to 'Resolver.ResolveCondition' (File0.cs line 24): extract the shared part"));
        return test.RunAsync();
    }
}
