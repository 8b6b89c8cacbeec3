using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>The editor scenario: after an edit, the workspace's next compilation reuses the unchanged trees, so only the edited one is fingerprinted again.</summary>
public class FingerprintCacheTests
{
    private const int Documents = 20;

    [Fact]
    public async Task Editing_one_document_fingerprints_that_document_only_and_the_index_sees_the_edit()
    {
        using var workspace = new AdhocWorkspace();
        var project = TestProject.AddTo(workspace, ComputeClassSource.Project("Shop", Documents));

        var cache = new FingerprintCache();
        var scope = new RedundancyScope(RedundancySettings.Default with { MinTokens = 20 }, AnalyzerConfigState.Create(Array.Empty<(string, string)>()).OptionsProvider);
        var before = CloneIndex.Build((await project.GetCompilationAsync())!, scope, cache, CancellationToken.None);
        Assert.Equal(Documents, cache.ComputedCount);
        Assert.Empty(before.ExactTwinsOf(FirstMember(cache, project.Documents.Single(d => d.Name == "File0.cs"), scope)));

        // Make File0 a copy of File1's logic: the only change is one document.
        var edited = project.Documents.Single(d => d.Name == "File0.cs");
        var solution = edited.WithText(SourceText.From(ComputeClassSource.Of(0, 1))).Project.Solution;
        Assert.True(workspace.TryApplyChanges(solution));
        var after = CloneIndex.Build((await workspace.CurrentSolution.GetProject(project.Id)!.GetCompilationAsync())!, scope, cache, CancellationToken.None);

        Assert.Equal(Documents + 1, cache.ComputedCount);
        var twins = after.ExactTwinsOf(FirstMember(cache, workspace.CurrentSolution.GetDocument(edited.Id)!, scope));
        Assert.Equal("Class1.Compute", Assert.Single(twins).Display);
    }

    private static MemberFingerprint FirstMember(FingerprintCache cache, Document document, RedundancyScope scope) =>
        cache.Get(document.GetSyntaxTreeAsync().Result!, scope.Settings.MinTokens, CancellationToken.None).Members.Single();
}
