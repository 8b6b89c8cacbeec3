using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// One report through the fixes, as the editor's light bulb would take it: every provider that lists its ID is asked
/// for actions (nested actions flattened, in order), the first action is applied, and the changed project is compiled.
/// Nothing a provider does may stop the run: exceptions and timeouts are outcomes.
/// </summary>
internal sealed class FixApplier
{
    // A fix that searches the whole solution for callers can take seconds on 170k lines; minutes means it hangs.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly Project _project;
    private readonly CompileErrors _before;
    private readonly Func<string, string> _relativePath;

    /// <param name="before">The errors of the unchanged project: only errors beyond them count against a fix.</param>
    public FixApplier(Project project, CompileErrors before, Func<string, string> relativePath)
    {
        _project = project;
        _before = before;
        _relativePath = relativePath;
    }

    public async Task<FixResult> ApplyAsync(Diagnostic diagnostic, IReadOnlyList<CodeFixProvider> providers)
    {
        if (providers.Count == 0)
        {
            return FixResult.Failed(FixOutcome.NoProvider, "no provider lists " + diagnostic.Id);
        }

        var document = _project.GetDocument(diagnostic.Location.SourceTree)!;
        var (actions, failures) = await OfferAsync(document, diagnostic, providers).ConfigureAwait(false);
        if (actions.Count == 0)
        {
            return failures.Count > 0
                ? FixResult.Failed(FixOutcome.OfferThrew, string.Join("; ", failures))
                : FixResult.Failed(FixOutcome.NoAction, $"{string.Join(", ", providers.Select(p => p.GetType().Name))} offered nothing");
        }

        var (provider, action) = actions[0];
        var (outcome, detail, errorId) = await CheckAsync(action).ConfigureAwait(false);
        return new FixResult(actions.Count, provider.GetType().Name, action.Title, outcome, detail, errorId);
    }

    private static async Task<(List<(CodeFixProvider Provider, CodeAction Action)> Actions, List<string> Failures)> OfferAsync(
        Document document, Diagnostic diagnostic, IReadOnlyList<CodeFixProvider> providers)
    {
        var actions = new List<(CodeFixProvider, CodeAction)>();
        var failures = new List<string>();
        foreach (var provider in providers)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            var offered = new List<CodeAction>();
            try
            {
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => offered.Add(action), timeout.Token))
                    .ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                failures.Add($"{provider.GetType().Name} threw while offering: {Describe(exception)}");
            }

            actions.AddRange(offered.SelectMany(Flatten).Select(action => (provider, action)));
        }

        return (actions, failures);
    }

    // What a menu shows: an action with nested actions is a submenu, its leaves are what one applies.
    private static IEnumerable<CodeAction> Flatten(CodeAction action)
        => action.NestedActions.IsDefaultOrEmpty ? [action] : action.NestedActions.SelectMany(Flatten);

    private async Task<(FixOutcome Outcome, string Detail, string? ErrorId)> CheckAsync(CodeAction action)
    {
        Solution? changed;
        using (var timeout = new CancellationTokenSource(Timeout))
        {
            try
            {
                var operations = await action.GetOperationsAsync(timeout.Token).ConfigureAwait(false);
                changed = operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution;
            }
            catch (Exception exception)
            {
                return (FixOutcome.ApplyThrew, Describe(exception), null);
            }
        }

        var changes = changed?.GetChanges(_project.Solution).GetProjectChanges().ToList() ?? [];
        if (changed is null || changes.All(c => !c.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Any() && !c.GetAddedDocuments().Any()))
        {
            return (FixOutcome.NoChange, changed is null ? "no ApplyChangesOperation" : "no document changed", null);
        }

        var compilation = await changed.GetProject(_project.Id)!.GetCompilationAsync().ConfigureAwait(false);
        var added = CompileErrors.Of(compilation!).NewSince(_before);
        if (added.Count == 0)
        {
            return (FixOutcome.Compiles, $"{changes.Sum(c => c.GetChangedDocuments(true).Count())} document(s) changed", null);
        }

        var first = added[0];
        var where = first.Location.IsInSource
            ? $"{_relativePath(first.Location.GetLineSpan().Path)}:{first.Location.GetLineSpan().StartLinePosition.Line + 1}"
            : "no location";
        return (FixOutcome.NewErrors, $"{added.Count} new error(s), first {first.Id} at {where}: {first.GetMessage(CultureInfo.InvariantCulture)}", first.Id);
    }

    // The exception and where in Harness code it was thrown: enough to find the bug without a debugger.
    private static string Describe(Exception exception)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        var frame = inner.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("Harness.", StringComparison.Ordinal));
        return inner is OperationCanceledException
            ? $"timed out after {Timeout.TotalMinutes:N0} min"
            : $"{inner.GetType().Name}: {inner.Message.Split('\n')[0]}{(frame is null ? string.Empty : $" ({frame})")}";
    }
}
