using System;
using System.Threading;

namespace Harness.Analyzers;

/// <summary>
/// A per-compilation value built on first need with the caller's cancellation token. Unlike <see cref="Lazy{T}"/>,
/// a build cancelled by the editor is not cached: the next caller builds it again.
/// </summary>
internal sealed class ComputeOnce<T>
    where T : class
{
    private readonly Func<CancellationToken, T> _build;
    private readonly object _gate = new();
    private T? _value;

    public ComputeOnce(Func<CancellationToken, T> build) => _build = build;

    public T Get(CancellationToken cancellationToken)
    {
        var value = Volatile.Read(ref _value);
        if (value is not null)
        {
            return value;
        }

        lock (_gate)
        {
            if (_value is null)
            {
                Volatile.Write(ref _value, _build(cancellationToken));
            }

            return _value!;
        }
    }
}
