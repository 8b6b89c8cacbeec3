using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Reviewer noise read on real code: matchers of two patterns that share only the shape of their checks (HAR2002), and
/// runs that continue the loop around them (HAR2003). Beside each quiet case, the copy a reviewer wants is reported.
/// </summary>
public class MatcherAndLoopNoiseTests
{
    private const string LockModel = """
        namespace Transforms;

        public class Instruction { public void ReplaceWith(Instruction other) { } }
        public sealed class Variable { public bool IsSingleDefinition; public int LoadCount; }
        public sealed class StLoc : Instruction
        {
            public Variable Variable = new();
            public Instruction Value = new();
            public bool MatchLdLoc(out Variable variable) { variable = Variable; return true; }
        }

        public sealed class Call : Instruction { public string Name = ""; public Variable? Argument; }
        public sealed class Block : Instruction { public System.Collections.Generic.List<Instruction> Instructions = new(); public int IncomingEdgeCount; }
        public sealed class BlockContainer : Instruction { public Block EntryPoint = new(); }
        public sealed class TryFinally : Instruction { public Instruction TryBlock = new(); public Instruction FinallyBlock = new(); }
        public sealed class LockInstruction : Instruction { public LockInstruction(Instruction value, Instruction body) { } }
        public sealed class Context { public void Step(string text, Instruction at) { } public void EndStep(Instruction at) { } }

        """;

    [Fact]
    public Task Matchers_of_two_patterns_are_quiet_but_a_matcher_copied_with_one_check_changed_is_reported()
    {
        // ICSharpCode.Decompiler's LockTransform (IL/Transforms/LockTransform.cs line 91 and 137): one matcher per
        // compiler's lock pattern. MCS calls Enter on the lock variable and allows two loads, V2 calls it on a temp and
        // allows one: two checks differ, the rest is the shape of every matcher. A third matcher that copied MCS and
        // changed one check (it also refuses an unread lock variable) is one matcher taking an option.
        var code = LockModel + """
            public class LockTransform
            {
                private readonly Context context = new();

                private static bool MatchCall(Call? call, string name, Variable variable) => call != null && call.Name == name && call.Argument == variable;

                private static bool MatchExitBlock(Block entryPoint, Variable variable) => entryPoint.Instructions.Count == 2 && variable.LoadCount > 0;

                public bool {|#0:TransformLockMCS|}(Block block, int i)
                {
                    if (i < 2)
                        return false;
                    if (!(block.Instructions[i] is TryFinally body) || !(block.Instructions[i - 2] is StLoc objectStore) ||
                        !MatchCall(block.Instructions[i - 1] as Call, "Enter", objectStore.Variable))
                        return false;
                    if (!objectStore.Variable.IsSingleDefinition)
                        return false;
                    if (!(body.TryBlock is BlockContainer tryContainer) || tryContainer.EntryPoint.Instructions.Count == 0 || tryContainer.EntryPoint.IncomingEdgeCount != 1)
                        return false;
                    if (!(body.FinallyBlock is BlockContainer finallyContainer) || !MatchExitBlock(finallyContainer.EntryPoint, objectStore.Variable))
                        return false;
                    if (objectStore.Variable.LoadCount > 2)
                        return false;
                    context.Step("LockTransformMCS", block);
                    block.Instructions.RemoveAt(i - 1);
                    block.Instructions.RemoveAt(i - 2);
                    var lockInstruction = new LockInstruction(objectStore.Value, body.TryBlock);
                    body.ReplaceWith(lockInstruction);
                    context.EndStep(lockInstruction);
                    return true;
                }

                public bool TransformLockV2(Block block, int i)
                {
                    if (i < 2)
                        return false;
                    if (!(block.Instructions[i] is TryFinally body) || !(block.Instructions[i - 2] is StLoc objectStore) ||
                        !objectStore.MatchLdLoc(out var tempVar) || !MatchCall(block.Instructions[i - 1] as Call, "Enter", tempVar))
                        return false;
                    if (!objectStore.Variable.IsSingleDefinition)
                        return false;
                    if (!(body.TryBlock is BlockContainer tryContainer) || tryContainer.EntryPoint.Instructions.Count == 0 || tryContainer.EntryPoint.IncomingEdgeCount != 1)
                        return false;
                    if (!(body.FinallyBlock is BlockContainer finallyContainer) || !MatchExitBlock(finallyContainer.EntryPoint, objectStore.Variable))
                        return false;
                    if (objectStore.Variable.LoadCount > 1)
                        return false;
                    context.Step("LockTransformV2", block);
                    block.Instructions.RemoveAt(i - 1);
                    block.Instructions.RemoveAt(i - 2);
                    var lockInstruction = new LockInstruction(objectStore.Value, body.TryBlock);
                    body.ReplaceWith(lockInstruction);
                    context.EndStep(lockInstruction);
                    return true;
                }

                public bool {|#1:TransformTryLockMCS|}(Block block, int index)
                {
                    if (index < 2)
                        return false;
                    if (!(block.Instructions[index] is TryFinally body) || !(block.Instructions[index - 2] is StLoc store) ||
                        !MatchCall(block.Instructions[index - 1] as Call, "Enter", store.Variable) || store.Variable.LoadCount == 0)
                        return false;
                    if (!store.Variable.IsSingleDefinition)
                        return false;
                    if (!(body.TryBlock is BlockContainer tryContainer) || tryContainer.EntryPoint.Instructions.Count == 0 || tryContainer.EntryPoint.IncomingEdgeCount != 1)
                        return false;
                    if (!(body.FinallyBlock is BlockContainer finallyContainer) || !MatchExitBlock(finallyContainer.EntryPoint, store.Variable))
                        return false;
                    if (store.Variable.LoadCount > 2)
                        return false;
                    context.Step("TryLockTransformMCS", block);
                    block.Instructions.RemoveAt(index - 1);
                    block.Instructions.RemoveAt(index - 2);
                    var lockInstruction = new LockInstruction(store.Value, body.TryBlock);
                    body.ReplaceWith(lockInstruction);
                    context.EndStep(lockInstruction);
                    return true;
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2002").AtMarker(1).WithAdditionalMarker(0));
        return test.RunAsync();
    }

    [Fact]
    public Task Entry_and_exit_matchers_whose_two_checks_both_differ_are_quiet()
    {
        // LockTransform's MatchLockEntryPoint against MatchExitBlock (line 335 against 326): reviewers called the pair
        // wrong, as the instruction count, the incoming edges and the call checked all differ; only the shape matches.
        var code = LockModel + """
            public class LockBlocks
            {
                private static bool MatchCall(Call? call, string name, params Variable[] variables) => call != null && call.Name == name && variables.Length > 0;

                public bool MatchExitBlock(Block exitBlock, Variable obj)
                {
                    if (exitBlock.Instructions.Count != 1)
                        return false;
                    if (!MatchCall(exitBlock.Instructions[0] as Call, "Exit", obj))
                        return false;
                    return true;
                }

                public bool MatchLockEntryPoint(Block entryPoint, Variable flag, Variable obj)
                {
                    if (entryPoint.Instructions.Count == 0 || entryPoint.IncomingEdgeCount != 1)
                        return false;
                    if (!MatchCall(entryPoint.Instructions[0] as Call, "Enter", obj, flag))
                        return false;
                    return true;
                }
            }
            """;
        return DuplicationTest.Create(code).RunAsync();
    }

    [Fact]
    public Task A_run_that_continues_its_loop_is_quiet_but_a_run_holding_its_loop_is_reported()
    {
        // Humanizer's word normalisers (TokenMapWordsToNumberConverter.cs line 1664 against
        // GreedyCompoundWordsToNumberConverter.cs line 171): the whitespace branch skips to the next character with
        // 'continue', in loops that prepare each character in their own way. A method cannot continue its caller's
        // loop. The whole loop copied into a third normaliser is a piece of work, and is reported.
        var code = """
            namespace Words;

            public static class GreedyNormalizer
            {
                public static string Normalize(string words, string removed)
                {
                    {|#0:var builder = new System.Text.StringBuilder();
                    var previousWasSpace = false;
                    foreach (var character in words)
                    {
                        var current = char.ToLowerInvariant(character);
                        if (removed.IndexOf(current) >= 0)
                        {
                            continue;
                        }

                        if (char.IsWhiteSpace(current))
                        {
                            if (previousWasSpace || builder.Length == 0)
                            {
                                continue;
                            }

                            builder.Append(' ');
                            previousWasSpace = true;
                            continue;
                        }

                        builder.Append(current);
                        previousWasSpace = false;
                    }

                    if (previousWasSpace)
                    {
                        builder.Length--;
                    }

                    return builder.ToString();|}
                }
            }

            public static class TokenMapNormalizer
            {
                public static string Normalize(string words, bool persian)
                {
                    var builder = new System.Text.StringBuilder(words.Length);
                    var previousWasSpace = false;
                    for (var index = 0; index < words.Length; index++)
                    {
                        var current = words[index];
                        switch (current)
                        {
                            case '(':
                            case ')':
                                current = ' ';
                                break;
                            case '\u200C':
                                current = persian ? ' ' : current;
                                break;
                        }

                        if (char.IsWhiteSpace(current))
                        {
                            if (previousWasSpace || builder.Length == 0)
                            {
                                continue;
                            }

                            builder.Append(' ');
                            previousWasSpace = true;
                            continue;
                        }

                        builder.Append(current);
                        previousWasSpace = false;
                    }

                    return builder.ToString().TrimEnd();
                }
            }

            public static class OrdinalNormalizer
            {
                public static string Normalize(string words, string removed, string suffix)
                {
                    if (words.EndsWith(suffix, System.StringComparison.Ordinal))
                    {
                        words = words.Substring(0, words.Length - suffix.Length);
                    }

                    words = words.Replace("-", " ");
                    words = words.Replace("_", " ");
                    words = words.Trim();
                    {|#1:var builder = new System.Text.StringBuilder();
                    var previousWasSpace = false;
                    foreach (var character in words)
                    {
                        var current = char.ToLowerInvariant(character);
                        if (removed.IndexOf(current) >= 0)
                        {
                            continue;
                        }

                        if (char.IsWhiteSpace(current))
                        {
                            if (previousWasSpace || builder.Length == 0)
                            {
                                continue;
                            }

                            builder.Append(' ');
                            previousWasSpace = true;
                            continue;
                        }

                        builder.Append(current);
                        previousWasSpace = false;
                    }

                    if (previousWasSpace)
                    {
                        builder.Length--;
                    }

                    return builder.ToString();|}
                }
            }
            """;
        var test = DuplicationTest.Create(code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 5 statements are repeated in 'GreedyNormalizer.Normalize' (File0.cs line 7): extract the shared part into one method"));
        return test.RunAsync();
    }
}
