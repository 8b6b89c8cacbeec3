using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// HAR2003: a run of statements (at least min_tokens) that occurs earlier in this or another member, reported once,
/// at the later copy. Overlapping windows of one block merge into one report while their repeat runs alongside; a
/// block inside a member already found a copy is not repeated, a run inside a reported run is not reported again,
/// and neither is an entry of a table of like statements, a run that only fails, a run shared by overloads, a run
/// whose copies work on variables of other types (per-type twins), a mirror image (two names that swap roles), a short sequence of writer calls, the opening checks with which two members decline
/// work (return early), a short run of such checks anywhere (with the lookups they test), a run that continues or breaks a loop around it, a short run with which two try-style members hand back their result, a short run of independent lookups the member goes on with, the steps of a comparer, a state shifted through locals, the opening of an entry point repeated by a variant that calls it, a short run shared by two members whose names differ by an antonym, the shortest run repeated in its own member on two other inputs, copies in one member that differ in a literal and test nothing (the cases of one method), or
/// a branch identical to its sibling (HAR2004 reports that).
/// </summary>
internal static class DuplicatedBlockRule
{
    public static void Check(TreeFingerprints tree, CloneIndex index, IReadOnlyDictionary<MemberFingerprint, MemberFindings> findings, Action<Diagnostic> report)
    {
        var runs = new List<Run>();
        var windows = tree.Windows;
        for (var first = 0; first < windows.Length;)
        {
            // The fingerprinter adds the windows of a block together, in statement order.
            var end = first + 1;
            while (end < windows.Length && windows[end].BlockStart == windows[first].BlockStart)
            {
                end++;
            }

            AddRuns(windows, first, end, index, findings, runs);
            first = end;
        }

        foreach (var run in runs)
        {
            run.ExtendWhileStatementsMatch();
        }

        var analysed = tree.Members[0].Tree;
        var reported = new List<TextSpan>();
        foreach (var run in runs.OrderByDescending(r => r.Span.Length).ThenBy(r => r.Span.Start))
        {
            if (reported.Any(outer => outer.Contains(run.Span))
                || run.Statements < index.Scope.Settings.BlockStatements
                || run.IsTableEntry
                || ErrorExit.IsAll(analysed, run.Span)
                || WriterSequence.IsShort(analysed, run.Span)
                || PerTypeBlock.IsPerTypeTwin(analysed, run.Span, run.Repeat.Tree, run.RepeatSpan)
                || SwappedRoles.Exist(analysed, run.Span, run.Repeat.Tree, run.RepeatSpan)
                || DecliningPrologue.AreBoth(analysed, run.Span, run.Repeat.Tree, run.RepeatSpan)
                || DecliningChecks.AreAll(analysed, run.Span)
                || SeveralLookups.AreBoth(analysed, run.Span, run.Repeat.Tree, run.RepeatSpan)
                || ComparisonChain.IsAll(analysed, run.Span)
                || ShiftedState.IsAll(analysed, run.Span)
                || VariantOpening.Is(analysed, run.Span, run.Member, run.Repeat.Member)
                || LoopJump.LeavesRun(analysed, run.Span)
                || TryOutcome.AreBoth(analysed, run.Span, run.Repeat.Tree, run.RepeatSpan)
                || OppositeDirections.ShareShortRun(run.Member, run.Repeat.Member, run.Statements, analysed, run.Span)
                || BranchRepeat.IsIdenticalBranch(analysed, run.Span, run.Repeat.Tree, run.RepeatSpan)
                || (run.Statements == index.Scope.Settings.BlockStatements && LocalStepOnOtherInputs.Is(run.Member, run.Repeat, analysed, run.Span, run.RepeatSpan))
                || (LiteralDifference.Exists(analysed, run.Span, run.Repeat.Tree, run.RepeatSpan)
                    && (run.Statements < index.Scope.Settings.ChangedBlockStatements || LiteralCases.AreCasesOfOneMember(run.Member, run.Repeat, analysed, run.Span))))
            {
                continue;
            }

            reported.Add(run.Span);
            report(Finding.Create(
                Descriptors.DuplicatedBlock,
                Location.Create(analysed, run.Span),
                new[] { Location.Create(run.Repeat.Tree, run.RepeatSpan) },
                run.Statements == 1 ? "This statement is repeated" : $"These {run.Statements} statements are repeated",
                run.Repeat.Member.Display,
                SourcePlace.Of(run.Repeat.Tree, run.RepeatSpan)));
        }
    }

    /// <summary>The runs of the block whose windows are <paramref name="windows"/>[<paramref name="first"/>..<paramref name="end"/>).</summary>
    private static void AddRuns(ImmutableArray<BlockWindow> windows, int first, int end, CloneIndex index, IReadOnlyDictionary<MemberFingerprint, MemberFindings> findings, List<Run> runs)
    {
        Run? run = null;
        for (var i = first; i < end; i++)
        {
            var window = windows[i];
            var repeat = FirstRepeat(window, index, findings, run?.Repeat);
            if (repeat is null)
            {
                continue;
            }

            if (run is not null && run.CanExtendWith(window, repeat))
            {
                run.Extend(window, repeat);
                continue;
            }

            if (run is not null)
            {
                runs.Add(run);
            }

            run = new Run(window, repeat);
        }

        if (run is not null)
        {
            runs.Add(run);
        }
    }

    /// <summary>Overlapping or adjacent windows of one block that repeat elsewhere, and the span of their first repeat.</summary>
    private sealed class Run
    {
        private readonly BlockStatements _block;
        private readonly int _first;
        private int _last;
        private int _repeatLast;

        public Run(BlockWindow window, BlockWindow repeat)
        {
            Member = window.Member;
            _block = window.Block;
            _first = window.FirstStatement;
            _last = window.FirstStatement + window.StatementCount - 1;
            _repeatLast = repeat.FirstStatement + repeat.StatementCount - 1;
            Span = window.Span;
            Repeat = repeat;
            RepeatSpan = repeat.Span;
        }

        public MemberFingerprint Member { get; }

        public TextSpan Span { get; private set; }

        public BlockWindow Repeat { get; }

        public TextSpan RepeatSpan { get; private set; }

        public int Statements => _last - _first + 1;

        /// <summary>
        /// A run whose repeat is in the same block, with nothing between them but more of the same statements, is a
        /// table of like entries (registrations, one per line), not a copy of another part of the code.
        /// </summary>
        public bool IsTableEntry
        {
            get
            {
                if (Repeat.Block != _block)
                {
                    return false;
                }

                var entries = new HashSet<int>();
                for (var i = _first; i <= _last; i++)
                {
                    entries.Add(_block.Hashes[i]);
                }

                for (var i = Repeat.FirstStatement; i < _first; i++)
                {
                    if (!entries.Contains(_block.Hashes[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>
        /// The window continues the run only where its repeat continues the run's repeat at the same offset, so that
        /// both sides hold the same statements and the message's count is true of both.
        /// </summary>
        public bool CanExtendWith(BlockWindow window, BlockWindow repeat) =>
            window.FirstStatement <= _last + 1
            && repeat.Block == Repeat.Block
            && repeat.FirstStatement - Repeat.FirstStatement == window.FirstStatement - _first;

        public void Extend(BlockWindow window, BlockWindow repeat)
        {
            _last = Math.Max(_last, window.FirstStatement + window.StatementCount - 1);
            Span = TextSpan.FromBounds(Span.Start, Math.Max(Span.End, window.Span.End));
            _repeatLast = Math.Max(_repeatLast, repeat.FirstStatement + repeat.StatementCount - 1);
            RepeatSpan = TextSpan.FromBounds(RepeatSpan.Start, Math.Max(RepeatSpan.End, repeat.Span.End));
        }

        /// <summary>Windows start where min_tokens is reached; statements after the last window that are still equal belong to the run too.</summary>
        public void ExtendWhileStatementsMatch()
        {
            var repeatBlock = Repeat.Block;
            while (_last + 1 < _block.Hashes.Length
                && _repeatLast + 1 < repeatBlock.Hashes.Length
                && _block.Hashes[_last + 1] == repeatBlock.Hashes[_repeatLast + 1]
                && !(repeatBlock == _block && _repeatLast + 1 >= _first && _repeatLast + 1 <= _last + 1))
            {
                _last++;
                _repeatLast++;
            }

            Span = TextSpan.FromBounds(Span.Start, _block.Spans[_last].End);
            RepeatSpan = TextSpan.FromBounds(RepeatSpan.Start, repeatBlock.Spans[_repeatLast].End);
        }
    }

    /// <summary>
    /// The first earlier repeat in source order (the first copy carries no report: the later ones do), preferring the
    /// block the run already repeats so that the two runs line up.
    /// </summary>
    private static BlockWindow? FirstRepeat(BlockWindow window, CloneIndex index, IReadOnlyDictionary<MemberFingerprint, MemberFindings> findings, BlockWindow? runRepeat)
    {
        var found = findings.TryGetValue(window.Member, out var member) ? member : null;
        BlockWindow? first = null;
        foreach (var repeat in index.RepeatsOf(window))
        {
            if (FingerprintOrder.Compare(repeat, window) > 0)
            {
                // Repeats come in source order: the rest are later copies, which report this one.
                break;
            }

            if ((found is not null && found.IsCounterpart(repeat.Member)) || (repeat.Member != window.Member && !CopyPair.IsFinding(window.Member, repeat.Member)))
            {
                continue;
            }

            if (runRepeat is null || (repeat.Tree == runRepeat.Tree && repeat.BlockStart == runRepeat.BlockStart))
            {
                return repeat;
            }

            first ??= repeat;
        }

        return first;
    }
}
