using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Reviewer noise read on real code (HAR2002): per-type twins, two members of one shape over two types. Beside each quiet
/// pair, the same shape over one type is reported.
/// </summary>
public class PerTypeTwinTests
{
    [Fact]
    public Task A_search_over_tables_of_two_types_is_quiet_but_a_search_over_two_tables_of_one_type_is_reported()
    {
        // Humanizer's InflectionUnicodeData.GetScripts (line 491) and HasUncertainNfcQuickCheck (line 1139): one binary
        // search over an InflectionUnicodeScriptRange[] returning the scripts, one over an InflectionUnicodeRange[]
        // returning whether the scalar is in it.
        var code = """
            public readonly record struct ScriptRange(int First, int Last, int Scripts);
            public readonly record struct Range(int First, int Last);

            public static class UnicodeData
            {
                static readonly ScriptRange[] ScriptRanges = { new(0, 10, 1), new(20, 30, 2) };
                static readonly Range[] QuickCheckRanges = { new(5, 8), new(40, 50) };
                static readonly Range[] LetterRanges = { new(65, 90), new(97, 122) };

                public static int GetScripts(int scalar)
                {
                    var low = 0;
                    var high = ScriptRanges.Length - 1;
                    while (low <= high)
                    {
                        var middle = low + ((high - low) / 2);
                        var range = ScriptRanges[middle];
                        if (scalar < range.First)
                        {
                            high = middle - 1;
                        }
                        else if (scalar > range.Last)
                        {
                            low = middle + 1;
                        }
                        else
                        {
                            return range.Scripts;
                        }
                    }

                    return 0;
                }

                public static bool {|#1:HasQuickCheck|}(int scalar)
                {
                    var low = 0;
                    var high = QuickCheckRanges.Length - 1;
                    while (low <= high)
                    {
                        var middle = low + ((high - low) / 2);
                        var range = QuickCheckRanges[middle];
                        if (scalar < range.First)
                        {
                            high = middle - 1;
                        }
                        else if (scalar > range.Last)
                        {
                            low = middle + 1;
                        }
                        else
                        {
                            return true;
                        }
                    }

                    return false;
                }

                public static bool {|#0:IsLetter|}(int scalar)
                {
                    var low = 0;
                    var high = LetterRanges.Length - 1;
                    while (low <= high)
                    {
                        var middle = low + ((high - low) / 2);
                        var range = LetterRanges[middle];
                        if (scalar < range.First)
                        {
                            high = middle - 1;
                        }
                        else if (scalar > range.Last)
                        {
                            low = middle + 1;
                        }
                        else
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(0).WithAdditionalMarker(1)
            .WithMessage("'UnicodeData.IsLetter' is 97% similar to 'UnicodeData.HasQuickCheck' (File0.cs line 35): extract the shared part"));
        return test.RunAsync();
    }

    [Fact]
    public Task Readers_named_for_the_type_they_fill_are_quiet_but_a_reader_copied_for_the_same_type_is_reported()
    {
        // ICSharpCode.Decompiler's LightJson JsonReader.ReadObject(JsonObject) and ReadArray(JsonArray) (lines 328 and
        // 403): one reader per kind of node, the object reader also reading keys (and, there, rejecting duplicates). A tuple
        // reader that fills a JsonArray too is the array reader copied with other brackets and a count.
        var code = """
            using System.Collections.Generic;

            public sealed class JsonObject : Dictionary<string, object> { }
            public sealed class JsonArray : List<object> { }
            public sealed class Scanner { public void Assert(char c) { } public void SkipWhitespace() { } public char Peek() => ' '; public char Read() => ' '; public int Position; }

            public sealed class JsonReader
            {
                private readonly Scanner scanner = new();

                private object ReadValue() => this.scanner.Read();

                private string ReadKey() => this.scanner.Read().ToString();

                private JsonObject ReadObject(JsonObject jsonObject)
                {
                    this.scanner.Assert('{');
                    this.scanner.SkipWhitespace();
                    while (this.scanner.Peek() != '}')
                    {
                        this.scanner.SkipWhitespace();
                        var key = this.ReadKey();
                        jsonObject.Add(key, this.ReadValue());
                        this.scanner.SkipWhitespace();
                        if (this.scanner.Read() == '}')
                        {
                            break;
                        }
                    }
                    return jsonObject;
                }

                private JsonArray {|#1:ReadArray|}(JsonArray jsonArray)
                {
                    this.scanner.Assert('[');
                    this.scanner.SkipWhitespace();
                    while (this.scanner.Peek() != ']')
                    {
                        this.scanner.SkipWhitespace();
                        var value = this.ReadValue();
                        jsonArray.Add(value);
                        this.scanner.SkipWhitespace();
                        if (this.scanner.Read() == ']')
                        {
                            break;
                        }
                    }
                    return jsonArray;
                }

                private JsonArray {|#0:ReadTuple|}(JsonArray jsonArray)
                {
                    this.scanner.Assert('(');
                    this.scanner.SkipWhitespace();
                    while (this.scanner.Peek() != ')')
                    {
                        this.scanner.SkipWhitespace();
                        var value = this.ReadValue();
                        jsonArray.Add(value);
                        this.scanner.Position++;
                        this.scanner.SkipWhitespace();
                        if (this.scanner.Read() == ')')
                        {
                            break;
                        }
                    }
                    return jsonArray;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(0).WithAdditionalMarker(1)
            .WithMessage("'JsonReader.ReadTuple' is 96% similar to 'JsonReader.ReadArray' (File0.cs line 33): extract the shared part"));
        return test.RunAsync();
    }
}
