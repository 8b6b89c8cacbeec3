#!/usr/bin/env bash
# harness.baseline on real code (issue 9), from the repository root:
#   tests/Harness.Analyzers.Benchmarks/BaselineCheck/baseline-check.sh [ilspy-decompiler.tar.gz] [work folder]
# 1. a baseline of every finding of ICSharpCode.Decompiler (architecture with harness.rules here, and redundancy);
# 2. a copy with code moved and reformatted (--layout-edits): with the baseline, 0 findings must be left;
# 3. a copy with the same edits and 10 new copies of methods (--inject-copies): exactly those 10 must be left;
# 4. the cost of a 20,000-entry baseline (the real entries and synthetic ones for the project's files): 3 iterations
#    (ITERATIONS=n for more) after a warm-up, each analysing with and without it; then the same baseline on a
#    one-file compilation, where the baseline's own work is measured without the code's noise, once with every entry
#    naming the project (all stale) and once as a solution's baseline (the synthetic entries name another project).
# Reports go to the work folder (N-*.md); the summary and PASS/FAIL to stdout. Takes 15-25 minutes on 2 busy cores.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
# The team's corpora archives lie beside the repository (../shared/corpora; from a worktree, one level further up).
archive=${1:-}
for shared in "$repo/../shared" "$repo/../../shared"; do
    [ -n "$archive" ] || [ ! -f "$shared/corpora/ilspy-decompiler.tar.gz" ] || archive=$shared/corpora/ilspy-decompiler.tar.gz
done
[ -f "$archive" ] || { echo "usage: $0 path/to/ilspy-decompiler.tar.gz [work folder]" >&2; exit 3; }
work=${2:-/tmp/harness-baseline-check}
project=$repo/tests/Harness.Analyzers.Benchmarks
analyzers=ArchitectureAnalyzer,RulesFileProblemsAnalyzer,DuplicationAnalyzer,IdenticalBranchesAnalyzer,GeneratorPlaceholderAnalyzer
copies=10
entries=20000

bench() { dotnet run -c Release --no-build --project "$project" -- "$@"; }
# A corpus folder with its rules: the baseline lies (as far as the analyzers know) in the --src folder, like the rules.
run() { local src=$1; shift; bench --src "$src" --rules "$src/harness.rules" --analyzers "$analyzers" --edits 1 "$@"; }
left() { sed -n '/^### harness.baseline/,$p' "$1" | grep -c '^| HAR[0-9]* | `' || true; }
status=0
check() { if [ "$2" = "$3" ]; then echo "PASS $1: $2"; else echo "FAIL $1: $2, expected $3"; status=1; fi; }

dotnet build "$project" -c Release -nologo -v q
rm -rf "$work" && mkdir -p "$work/original"
tar -xzf "$archive" -C "$work/original"
original=$work/original/ICSharpCode.Decompiler
cp "$here/harness.rules" "$original/harness.rules"

echo "1. baseline of today's findings" >&2
run "$original" --iterations 1 --warmup 0 --baseline-write "$work/harness.baseline" --dump "$work/1-original.tsv" > "$work/1-write.md"

echo "2. code moved and reformatted" >&2
bench --src "$original" --rules "$original/harness.rules" --baseline "$work/harness.baseline" --layout-edits "$work/moved" > "$work/2-moved-edits.md"
run "$work/moved/ICSharpCode.Decompiler" --iterations 1 --warmup 0 --baseline "$work/harness.baseline" --dump "$work/3-moved.tsv" > "$work/3-moved.md"

echo "3. the same edits and $copies new copies" >&2
bench --src "$original" --rules "$original/harness.rules" --baseline "$work/harness.baseline" --layout-edits "$work/injected" --inject-copies "$copies" > "$work/4-injected-edits.md"
run "$work/injected/ICSharpCode.Decompiler" --iterations 1 --warmup 0 --baseline "$work/harness.baseline" --dump "$work/5-injected.tsv" > "$work/5-injected.md"

echo "4. the cost of $entries entries" >&2
real=$(grep -vc '^#' "$work/harness.baseline")
ids=$(grep -v '^#' "$work/harness.baseline" | cut -d' ' -f1 | sort -u | tr '\n' ' ')
{
    grep '^#' "$work/harness.baseline"
    {
        grep -v '^#' "$work/harness.baseline"
        (cd "$original" && find . -name '*.cs' | sed 's|^\./||' | LC_ALL=C sort) | awk -v need=$((entries - real)) -v ids="$ids" '
            { files[NR - 1] = $0 }
            END {
                n = split(ids, id, " ")
                for (i = 0; i < need; i++) {
                    printf "%s | ICSharpCode.Decompiler | %s | M:ICSharpCode.Decompiler.Synthetic.Type%d.Member%d(int) ~ M:ICSharpCode.Decompiler.Synthetic.Other%d | 1\n", id[i % n + 1], files[i % NR], i % 97, i, i
                }
            }'
    } | LC_ALL=C sort
} > "$work/harness-$entries.baseline"
run "$original" --iterations "${ITERATIONS:-3}" --warmup 1 --baseline "$work/harness-$entries.baseline" > "$work/6-cost.md"

# What the baseline costs apart from the code (parsing it, its lookups, its stale entries), measured where the code
# costs next to nothing: one file in a folder of the same name, so the same entries resolve and go stale.
echo "5. the same baseline on a one-file compilation" >&2
one=$work/one-file/ICSharpCode.Decompiler
mkdir -p "$one" && cp "$original/harness.rules" "$original/DecompilerException.cs" "$one/"
run "$one" --iterations 10 --warmup 2 --baseline "$work/harness-$entries.baseline" > "$work/7-one-file.md"

# The usual shape of a large baseline: one file for a solution, most entries naming other projects. The project's own
# 420 entries go stale on the one file; the others are parsed and passed over.
echo "6. the same entries as a solution's baseline on a one-file compilation" >&2
sed 's/^\(HAR[0-9]* | \)ICSharpCode.Decompiler\( | .*Synthetic\)/\1Other.Project\2/' "$work/harness-$entries.baseline" > "$work/harness-$entries-solution.baseline"
run "$one" --iterations 10 --warmup 2 --baseline "$work/harness-$entries-solution.baseline" > "$work/8-one-file-solution.md"

echo
grep -h 'Baseline written' "$work/1-write.md"
grep -h '^## Layout edits' "$work/2-moved-edits.md" "$work/4-injected-edits.md"
for report in 3-moved 5-injected 6-cost 7-one-file 8-one-file-solution; do
    echo "$report:"
    sed -n '/^### harness.baseline/,$p' "$work/$report.md" | grep '^- \|^| HAR'
done
cost() { sed -n 's/.*without it = \([-0-9,]*\) ms CPU.*/\1/p' "$1" | tr -d ,; }
compile=$(grep '^| Compile' "$work/6-cost.md" | cut -d'|' -f4 | tr -d ' ,')
share() { awk -v c="$(cost "$1")" -v t="$compile" 'BEGIN { printf "%.1f", 100 * c / t }'; }
echo "$entries entries on one file, all stale: $(cost "$work/7-one-file.md") ms CPU, $(share "$work/7-one-file.md") % of the ${compile} ms compile CPU of ICSharpCode.Decompiler (6-cost.md)"
echo "$entries entries of a solution on one file: $(cost "$work/8-one-file-solution.md") ms CPU, $(share "$work/8-one-file-solution.md") %"

check "findings left after moving and reformatting" "$(left "$work/3-moved.md")" 0
check "findings left after injecting $copies copies" "$(left "$work/5-injected.md")" "$copies"
check "of them, findings naming an injected copy" \
    "$(sed -n '/^### harness.baseline/,$p' "$work/5-injected.md" | grep '^| HAR[0-9]* | `' | grep -c 'BaselineCheckCopy' || true)" "$copies"
check "stale entries after moving and reformatting" "$(grep -c '^HAR0009' "$work/3-moved.tsv" || true)" 0
check "stale entries after injecting" "$(grep -c '^HAR0009' "$work/5-injected.tsv" || true)" 0
exit $status
