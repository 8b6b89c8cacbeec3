using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// The editor scenario across compilations: every request runs the compilation-start action again, and must reuse
/// the index of the previous compilation rather than build it over every document again.
/// </summary>
public class CloneIndexCacheTests
{
    private const int Documents = 20;

    private readonly FingerprintCache _fingerprints = new();
    private readonly RedundancyScope _scope = new(RedundancySettings.Default with { MinTokens = 20 }, AnalyzerConfigState.Create(Array.Empty<(string, string)>()).OptionsProvider);

    [Fact]
    public async Task Requests_and_edits_in_a_workspace_reuse_the_index_built_for_the_first_compilation()
    {
        using var workspace = new AdhocWorkspace();
        var project = TestProject.AddTo(workspace, ComputeClassSource.Project("Shop", Documents));

        var cache = new CloneIndexCache(_fingerprints);
        var first = (await project.GetCompilationAsync())!;
        var before = cache.Get(first, _scope, CancellationToken.None);
        Assert.Same(before, cache.Get(first, _scope, CancellationToken.None));
        Assert.Equal((1, 0), (cache.BuildCount, cache.DeriveCount));

        // File0 becomes a copy of File1's logic: the next compilation's index is derived, and sees the copy.
        var edited = project.Documents.Single(d => d.Name == "File0.cs");
        Assert.True(workspace.TryApplyChanges(edited.WithText(SourceText.From(ComputeClassSource.Of(0, 1))).Project.Solution));
        var afterEdit = cache.Get((await Current(workspace, project).GetCompilationAsync())!, _scope, CancellationToken.None);
        Assert.Equal((1, 1), (cache.BuildCount, cache.DeriveCount));
        Assert.Equal(Documents + 1, _fingerprints.ComputedCount);
        var twins = afterEdit.ExactTwinsOf(FirstMember(Current(workspace, project).GetDocument(edited.Id)!));
        Assert.Equal("Class1.Compute", Assert.Single(twins).Display);

        // A new compilation of the same solution (a fresh request) holds the same trees: the index is reused.
        var again = TestProject.Compile("Shop", (await Current(workspace, project).GetCompilationAsync())!.SyntaxTrees);
        Assert.Same(afterEdit.Trees, cache.Get(again, _scope, CancellationToken.None).Trees);
        Assert.Equal((1, 1), (cache.BuildCount, cache.DeriveCount));

        // Adding and removing documents derives too, from the first build, and the removed copy is gone.
        var added = workspace.AddDocument(project.Id, "File20.cs", SourceText.From(ComputeClassSource.Of(20, 20)));
        Assert.True(workspace.TryApplyChanges(workspace.CurrentSolution.RemoveDocument(project.Documents.Single(d => d.Name == "File1.cs").Id)));
        var afterRemoval = cache.Get((await Current(workspace, project).GetCompilationAsync())!, _scope, CancellationToken.None);
        Assert.Equal((1, 2), (cache.BuildCount, cache.DeriveCount));
        Assert.Equal(Documents, afterRemoval.MemberCount);
        Assert.Empty(afterRemoval.ExactTwinsOf(FirstMember(Current(workspace, project).GetDocument(edited.Id)!)));
        Assert.Contains(added.Id, Current(workspace, project).DocumentIds);
    }

    [Fact]
    public void A_compilation_that_differs_in_most_documents_gets_an_index_built_afresh()
    {
        var cache = new CloneIndexCache(_fingerprints);
        var one = TestProject.Compile("One", ComputeClassSource.Trees(Documents));
        var other = TestProject.Compile("Other", ComputeClassSource.Trees(Documents));

        cache.Get(one, _scope, CancellationToken.None);
        var index = cache.Get(other, _scope, CancellationToken.None);

        Assert.Equal((2, 0), (cache.BuildCount, cache.DeriveCount));
        Assert.Equal(Documents, index.MemberCount);
    }

    [Fact]
    public void An_index_is_kept_no_longer_than_the_trees_it_was_built_for()
    {
        var cache = new CloneIndexCache(_fingerprints);
        var index = IndexOfDroppedCompilation(cache);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(index.TryGetTarget(out _));
    }

    [Fact]
    public void Editing_one_document_again_and_again_keeps_no_version_between_the_first_and_the_latest()
    {
        var cache = new CloneIndexCache(_fingerprints);
        var trees = ComputeClassSource.Trees(Documents).ToArray();
        cache.Get(TestProject.Compile("Shop", trees), _scope, CancellationToken.None);

        var middle = EditTwice(cache, trees);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(middle.TryGetTarget(out _));
        Assert.Equal((1, 2), (cache.BuildCount, cache.DeriveCount));
        GC.KeepAlive(trees);
    }

    /// <summary>Edits File0 twice, each time a new compilation; returns the version in between.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference<SyntaxTree> EditTwice(CloneIndexCache cache, SyntaxTree[] trees)
    {
        var middle = trees[0].WithChangedText(SourceText.From(ComputeClassSource.Of(0, 1)));
        cache.Get(TestProject.Compile("Shop", trees.Skip(1).Prepend(middle)), _scope, CancellationToken.None);
        trees[0] = middle.WithChangedText(SourceText.From(ComputeClassSource.Of(0, 2)));
        cache.Get(TestProject.Compile("Shop", trees), _scope, CancellationToken.None);
        return new WeakReference<SyntaxTree>(middle);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference<CloneIndex> IndexOfDroppedCompilation(CloneIndexCache cache)
    {
        var compilation = TestProject.Compile("Dropped", ComputeClassSource.Trees(Documents));
        return new WeakReference<CloneIndex>(cache.Get(compilation, _scope, CancellationToken.None));
    }

    private static Project Current(Workspace workspace, Project project) => workspace.CurrentSolution.GetProject(project.Id)!;

    private MemberFingerprint FirstMember(Document document) =>
        _fingerprints.Get(document.GetSyntaxTreeAsync().Result!, _scope.Settings.MinTokens, CancellationToken.None).Members.Single();
}
