using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Reviewer noise read on real code (HAR2001): a quantifier written out (a loop returning on the first element that
/// fails a test) in two classes. Beside the quiet pair, a copied lookup that also hands back what it found is reported.
/// </summary>
public class WrittenOutQuantifierTests
{
    [Fact]
    public Task A_quantifier_written_out_twice_is_quiet_but_a_copied_search_handing_back_its_match_is_reported()
    {
        // Humanizer's ToTitleCase.AllCapitals (line 204) and StringHumanizeExtensions.IsAllUpper (line 300): the same
        // char.IsUpper loop, private to each class. Its WordsToNumber converters' TryGetValue, a scan that hands back the
        // value it found, is copied four times and reported.
        var code = """
            using System.Collections.Generic;

            public static class TitleCase
            {
                static bool AllCapitals(string input, int index, int length)
                {
                    var end = index + length;
                    for (var i = index; i < end; i++)
                    {
                        if (!char.IsUpper(input[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                static bool {|#0:TryGetValue|}(Dictionary<string, long> values, string key, out long value)
                {
                    foreach (var pair in values)
                    {
                        if (string.Equals(pair.Key, key, System.StringComparison.Ordinal))
                        {
                            value = pair.Value;
                            return true;
                        }
                    }

                    value = default;
                    return false;
                }
            }

            public static class Extensions
            {
                static bool IsAllUpper(string input, int index, int length)
                {
                    var end = index + length;
                    for (var i = index; i < end; i++)
                    {
                        if (!char.IsUpper(input[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                static bool {|#1:TryGetValue|}(Dictionary<string, long> values, string key, out long value)
                {
                    foreach (var pair in values)
                    {
                        if (string.Equals(pair.Key, key, System.StringComparison.Ordinal))
                        {
                            value = pair.Value;
                            return true;
                        }
                    }

                    value = default;
                    return false;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2001").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("'Extensions.TryGetValue' has the same body as 'TitleCase.TryGetValue' (File0.cs line 19), apart from layout, local names and literal values"));
        return test.RunAsync();
    }
}
