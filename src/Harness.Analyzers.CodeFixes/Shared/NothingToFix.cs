using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;

namespace Harness.Analyzers.CodeFixes;

/// <summary>
/// The FixAll of a provider that has nothing to fix in scope: an action that changes nothing, not null, which
/// <c>dotnet format analyzers</c> reports as "Unable to fix" although every fix of another provider for the same ID
/// was applied.
/// </summary>
internal static class NothingToFix
{
    public static CodeAction In(Solution solution, string? equivalenceKey) =>
        CodeAction.Create("Nothing to fix", _ => Task.FromResult(solution), equivalenceKey);
}
