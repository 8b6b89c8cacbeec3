using System.Linq;
using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Harness.Analyzers.Tests.CodeFixes;

/// <summary>dotnet format hands a fix provider findings computed before other providers edited the solution.</summary>
public class CurrentFindingTests
{
    private const string Original = "class A { void Send() { } void SendV2() { } }";

    [Theory]
    [InlineData(0, 0, "// added\n", "SendV2", "Send")]          // an edit before both spans moves both
    [InlineData(45, 0, " // end", "SendV2", "Send")]            // an edit after them moves nothing
    [InlineData(31, 6, "Mail", null, null)]                     // an edit inside the reported span drops the finding
    public async Task A_finding_moves_with_the_edits_made_since_or_is_dropped(int start, int length, string text, string? reported, string? other)
    {
        using var workspace = new AdhocWorkspace();
        var document = workspace.CurrentSolution.AddProject("P", "P", LanguageNames.CSharp).AddDocument("A.cs", Original, filePath: "/p/A.cs");
        var tree = (await document.GetSyntaxTreeAsync())!;
        var finding = Diagnostic.Create(
            Descriptors.VersionedTwin,
            Location.Create(tree, new TextSpan(Original.IndexOf("SendV2"), 6)),
            new[] { Location.Create(tree, new TextSpan(Original.IndexOf("Send()"), 4)) },
            "SendV2", "Send", 97);
        var edited = document.WithText((await document.GetTextAsync()).WithChanges(new TextChange(new TextSpan(start, length), text)));

        var moved = await CurrentFinding.InAsync(edited.Project.Solution, finding, default);

        var current = (await edited.GetTextAsync()).ToString();
        Assert.Equal(reported, moved is null ? null : current.Substring(moved.Location.SourceSpan.Start, moved.Location.SourceSpan.Length));
        Assert.Equal(other, moved?.AdditionalLocations.Select(l => current.Substring(l.SourceSpan.Start, l.SourceSpan.Length)).Single());
        Assert.True(moved is null || moved.Location.SourceTree == await edited.GetSyntaxTreeAsync());
    }
}
