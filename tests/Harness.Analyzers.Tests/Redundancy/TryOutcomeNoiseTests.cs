using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Reviewer noise read on real code (HAR2003): the short runs with which try-style members hand back their result and
/// stop. Beside each quiet pair, copies that also do work of their own are reported.
/// </summary>
public class TryOutcomeNoiseTests
{
    private const string BranchModel = """
        public sealed class Branch
        {
            public int Depth;
            public bool MatchLeave(out Branch? leave) { leave = this; return Depth == 0; }
            public bool MatchBranch(out Branch? target) { target = this; return Depth > 0; }
            public void Mark() { }
        }

        """;

    [Fact]
    public Task Matchers_handing_back_what_they_matched_are_quiet_but_a_tail_that_also_marks_is_reported()
    {
        // ICSharpCode.Decompiler's SwitchOnStringTransform (MatchRoslynCaseBlockHead, line 1630, and
        // MatchRoslynEmptyStringCaseBlockHead, line 1687): each matcher ends by setting its out parameter to the leave
        // or the branch target and returning. The two marking matchers also change the branch they hand back.
        var code = BranchModel + """
            public static class CaseHeads
            {
                public static bool MatchCaseHead(Branch exit, Branch body, out Branch? result)
                {
                    result = null;
                    if (!exit.MatchBranch(out var exitTarget) || exitTarget == null)
                        return false;
                    for (var depth = exitTarget.Depth; depth > 0; depth--)
                    {
                        if (depth == body.Depth)
                            return false;
                    }
                    if (body.MatchLeave(out _))
                    {
                        result = body;
                        return true;
                    }
                    if (body.MatchBranch(out var target))
                    {
                        result = target;
                        return true;
                    }
                    return false;
                }

                public static bool MatchEmptyCaseHead(Branch exit, Branch body, out Branch? result)
                {
                    result = null;
                    if (exit.Depth > 2)
                        return false;
                    var twice = exit.Depth * 2 + body.Depth;
                    if (twice % 3 == 1 || twice > 10)
                        return false;
                    exit.Depth = twice;
                    if (body.MatchLeave(out _))
                    {
                        result = body;
                        return true;
                    }
                    if (body.MatchBranch(out var target))
                    {
                        result = target;
                        return true;
                    }
                    return false;
                }

                public static bool MarkCaseHead(Branch exit, Branch body, out Branch? result)
                {
                    result = null;
                    if (!exit.MatchLeave(out _))
                        return false;
                    var depth = exit.Depth;
                    while (depth > 1)
                    {
                        depth -= 2;
                    }
                    if (depth != 0)
                        return false;
                    exit.Mark();
                    {|#0:if (body.MatchLeave(out _))
                    {
                        body.Mark();
                        result = body;
                        return true;
                    }
                    if (body.MatchBranch(out var target))
                    {
                        target?.Mark();
                        result = target;
                        return true;
                    }
                    return false;|}
                }

                public static bool MarkEmptyCaseHead(Branch exit, Branch body, out Branch? result)
                {
                    result = null;
                    if (exit.Depth < 1)
                        return false;
                    {|#1:if (body.MatchLeave(out _))
                    {
                        body.Mark();
                        result = body;
                        return true;
                    }
                    if (body.MatchBranch(out var target))
                    {
                        target?.Mark();
                        result = target;
                        return true;
                    }
                    return false;|}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 3 statements are repeated in 'CaseHeads.MarkCaseHead' (File0.cs line 68): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task Parsers_reporting_the_word_they_could_not_read_are_quiet_but_a_copied_word_builder_is_reported()
    {
        // Humanizer's words-to-number parsers (LocalizedWordsToDecimalNumberConverter.TryConvert, line 159, and
        // GreedyCompoundWordsToNumberConverter.TryParseCardinal, line 252): each finds the end of the word it could
        // not read, hands it back and fails. The two spellers also build the word in a loop, which is work of their own.
        var code = """
            public static class Parsers
            {
                private static readonly string[] Known = { "one", "two", "three" };

                public static bool TryReadFraction(string words, int index, out string unrecognized)
                {
                    var digits = 0;
                    while (index < words.Length && char.IsDigit(words[index]))
                    {
                        index++;
                        digits++;
                    }

                    if (digits > 0)
                    {
                        unrecognized = words.Substring(0, digits);
                        return true;
                    }

                    var end = index;
                    while (end < words.Length && !char.IsWhiteSpace(words[end]))
                    {
                        end++;
                    }

                    unrecognized = words[index..end];
                    return false;
                }

                public static bool TryReadCardinal(string words, int index, out string unrecognized)
                {
                    foreach (var known in Known)
                    {
                        if (string.CompareOrdinal(words, index, known, 0, known.Length) == 0)
                        {
                            unrecognized = known;
                            return true;
                        }
                    }

                    var end = index;
                    while (end < words.Length && !char.IsWhiteSpace(words[end]))
                    {
                        end++;
                    }

                    unrecognized = words[index..end];
                    return false;
                }

                public static bool TrySpellFraction(string words, int index, out string unrecognized)
                {
                    var lower = words.ToLowerInvariant();
                    if (lower.IndexOf('-') >= 0 || index >= words.Length)
                    {
                        unrecognized = lower;
                        return lower.Length > 0;
                    }

                    var separators = 0;
                    foreach (var character in lower)
                    {
                        separators += character == ',' ? 1 : 0;
                    }

                    if (separators > 1)
                    {
                        throw new System.FormatException("More than one decimal separator in " + lower);
                    }

                    {|#0:var builder = new System.Text.StringBuilder();
                    for (var end = index; end < words.Length && !char.IsWhiteSpace(words[end]); end++)
                    {
                        builder.Append(char.ToUpperInvariant(words[end]));
                    }

                    unrecognized = builder.ToString();
                    return false;|}
                }

                public static bool TrySpellCardinal(string words, int index, out string unrecognized)
                {
                    switch (words.Trim())
                    {
                        case "zero":
                            unrecognized = string.Empty;
                            return true;
                        case "none":
                            unrecognized = words;
                            return index > 0;
                    }

                    var parts = words.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length > 12)
                    {
                        System.Array.Resize(ref parts, 12);
                        words = string.Join(" ", parts);
                    }

                    {|#1:var builder = new System.Text.StringBuilder();
                    for (var end = index; end < words.Length && !char.IsWhiteSpace(words[end]); end++)
                    {
                        builder.Append(char.ToUpperInvariant(words[end]));
                    }

                    unrecognized = builder.ToString();
                    return false;|}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 4 statements are repeated in 'Parsers.TrySpellFraction' (File0.cs line 71): extract the shared part into one method"));
        return test.RunAsync();
    }
}
