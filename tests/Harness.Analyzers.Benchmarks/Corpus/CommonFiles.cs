using System.Collections.Generic;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>The hand-written shared kernel of each layer: base types every generated aggregate builds on.</summary>
internal static class CommonFiles
{
    public static IEnumerable<CorpusFile> All()
    {
        yield return new CorpusFile("Domain/Common/Entity.cs", DomainEntity);
        yield return new CorpusFile("Domain/Common/Guard.cs", DomainGuard);
        yield return new CorpusFile("Domain/Common/Money.cs", DomainMoney);
        yield return new CorpusFile("Domain/Common/Specifications.cs", DomainSpecifications);
        yield return new CorpusFile("Application/Common/Messaging.cs", ApplicationMessaging);
        yield return new CorpusFile("Application/Common/Results.cs", ApplicationResults);
        yield return new CorpusFile("Application/Common/Paging.cs", ApplicationPaging);
        yield return new CorpusFile("Infrastructure/Common/InMemoryStore.cs", InfrastructureStore);
        yield return new CorpusFile("Infrastructure/Common/Services.cs", InfrastructureServices);
        yield return new CorpusFile("Web/Hosting/Attributes.cs", WebAttributes);
        yield return new CorpusFile("Web/Hosting/EndpointBase.cs", WebEndpointBase);
    }

    private const string DomainEntity = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Bench.Shop.Domain.Common;

        /// <summary>Something that happened in the domain, raised by an aggregate and published after saving.</summary>
        public interface IDomainEvent
        {
            DateTime OccurredAtUtc { get; }
        }

        /// <summary>An object with identity: two entities are equal when their type and id are.</summary>
        public abstract class Entity<TId> : IEquatable<Entity<TId>>
            where TId : struct, IEquatable<TId>
        {
            protected Entity(TId id) => Id = id;

            public TId Id { get; }

            public bool Equals(Entity<TId>? other) => other is not null && other.GetType() == GetType() && other.Id.Equals(Id);

            public override bool Equals(object? obj) => Equals(obj as Entity<TId>);

            public override int GetHashCode() => HashCode.Combine(GetType(), Id);

            public static bool operator ==(Entity<TId>? left, Entity<TId>? right) => Equals(left, right);

            public static bool operator !=(Entity<TId>? left, Entity<TId>? right) => !Equals(left, right);
        }

        /// <summary>The root of a consistency boundary: it records the events its changes raise.</summary>
        public abstract class AggregateRoot<TId> : Entity<TId>
            where TId : struct, IEquatable<TId>
        {
            private readonly List<IDomainEvent> _events = new();

            protected AggregateRoot(TId id)
                : base(id)
            {
            }

            public int Version { get; private set; }

            public IReadOnlyCollection<IDomainEvent> PendingEvents => _events;

            public IReadOnlyCollection<IDomainEvent> DequeueEvents()
            {
                var events = _events.ToArray();
                _events.Clear();
                return events;
            }

            protected void Raise(IDomainEvent domainEvent)
            {
                _events.Add(domainEvent ?? throw new ArgumentNullException(nameof(domainEvent)));
                Version++;
            }

            protected bool HasPending<TEvent>()
                where TEvent : IDomainEvent
                => _events.OfType<TEvent>().Any();
        }

        /// <summary>A broken business rule.</summary>
        public sealed class DomainException : Exception
        {
            public DomainException(string code, string message)
                : base(message)
            {
                Code = code;
            }

            public string Code { get; }
        }
        """;

    private const string DomainGuard = """
        using System;

        namespace Bench.Shop.Domain.Common;

        /// <summary>Argument checks shared by every aggregate; imported with <c>using static</c>.</summary>
        public static class Guard
        {
            public static string AgainstNullOrWhiteSpace(string? value, string parameterName)
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    throw new DomainException("required", $"{parameterName} is required");
                }

                return value.Trim();
            }

            public static T AgainstNegative<T>(T value, string parameterName)
                where T : struct, IComparable<T>
            {
                if (value.CompareTo(default) < 0)
                {
                    throw new DomainException("negative", $"{parameterName} must not be negative, was {value}");
                }

                return value;
            }

            public static T AgainstOutOfRange<T>(T value, T minimum, T maximum, string parameterName)
                where T : IComparable<T>
            {
                if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
                {
                    throw new DomainException("out_of_range", $"{parameterName} must be within [{minimum}, {maximum}], was {value}");
                }

                return value;
            }

            public static DateTime AgainstNonUtc(DateTime value, string parameterName)
                => value.Kind == DateTimeKind.Utc ? value : throw new DomainException("not_utc", $"{parameterName} must be UTC");

            public static Guid AgainstEmpty(Guid value, string parameterName)
                => value != Guid.Empty ? value : throw new DomainException("empty", $"{parameterName} must not be empty");

            public static Money AgainstNegativeAmount(Money value, string parameterName)
                => value.Amount >= 0m ? value : throw new DomainException("negative", $"{parameterName} must not be negative, was {value}");
        }
        """;

    private const string DomainMoney = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;

        namespace Bench.Shop.Domain.Common;

        /// <summary>An amount in one currency; arithmetic across currencies is a bug, not a conversion.</summary>
        public readonly record struct Money(decimal Amount, string Currency) : IComparable<Money>
        {
            public const string DefaultCurrency = "EUR";

            public static Money Zero => new(0m, DefaultCurrency);

            public bool IsZero => Amount == 0m;

            public static Money Of(decimal amount) => new(decimal.Round(amount, 2, MidpointRounding.ToEven), DefaultCurrency);

            public static Money operator +(Money left, Money right)
            {
                EnsureSameCurrency(left, right);
                return new Money(left.Amount + right.Amount, left.Currency);
            }

            public static Money operator -(Money left, Money right)
            {
                EnsureSameCurrency(left, right);
                return new Money(left.Amount - right.Amount, left.Currency);
            }

            public static Money operator *(Money money, int factor) => new(money.Amount * factor, money.Currency);

            public static Money operator *(Money money, decimal factor) => new(decimal.Round(money.Amount * factor, 2), money.Currency);

            public int CompareTo(Money other)
            {
                EnsureSameCurrency(this, other);
                return Amount.CompareTo(other.Amount);
            }

            public Money Percent(decimal percent) => this * (percent / 100m);

            public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00} {Currency}");

            private static void EnsureSameCurrency(Money left, Money right)
            {
                if (!string.Equals(left.Currency, right.Currency, StringComparison.Ordinal))
                {
                    throw new DomainException("currency_mismatch", $"Cannot combine {left.Currency} and {right.Currency}");
                }
            }
        }

        /// <summary>Sequence helpers the domain needs and LINQ lacks.</summary>
        public static class DomainEnumerableExtensions
        {
            public static Money SumMoney<T>(this IEnumerable<T> source, Func<T, Money> selector)
            {
                var total = Money.Zero;
                foreach (var item in source)
                {
                    total += selector(item);
                }

                return total;
            }

            public static bool None<T>(this IEnumerable<T> source, Func<T, bool> predicate)
            {
                foreach (var item in source)
                {
                    if (predicate(item))
                    {
                        return false;
                    }
                }

                return true;
            }

            public static IEnumerable<IReadOnlyList<T>> Batch<T>(this IEnumerable<T> source, int size)
            {
                var batch = new List<T>(size);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == size)
                    {
                        yield return batch;
                        batch = new List<T>(size);
                    }
                }

                if (batch.Count > 0)
                {
                    yield return batch;
                }
            }
        }
        """;

    private const string DomainSpecifications = """
        using System;

        namespace Bench.Shop.Domain.Common;

        /// <summary>A named, combinable business predicate.</summary>
        public interface ISpecification<in T>
        {
            bool IsSatisfiedBy(T candidate);
        }

        public sealed class PredicateSpecification<T> : ISpecification<T>
        {
            private readonly Func<T, bool> _predicate;

            public PredicateSpecification(Func<T, bool> predicate) => _predicate = predicate ?? throw new ArgumentNullException(nameof(predicate));

            public bool IsSatisfiedBy(T candidate) => _predicate(candidate);
        }

        public static class Specification
        {
            public static ISpecification<T> All<T>() => new PredicateSpecification<T>(static _ => true);

            public static ISpecification<T> And<T>(this ISpecification<T> left, ISpecification<T> right)
                => new PredicateSpecification<T>(candidate => left.IsSatisfiedBy(candidate) && right.IsSatisfiedBy(candidate));

            public static ISpecification<T> Or<T>(this ISpecification<T> left, ISpecification<T> right)
                => new PredicateSpecification<T>(candidate => left.IsSatisfiedBy(candidate) || right.IsSatisfiedBy(candidate));

            public static ISpecification<T> Not<T>(this ISpecification<T> specification)
                => new PredicateSpecification<T>(candidate => !specification.IsSatisfiedBy(candidate));
        }
        """;

    private const string ApplicationMessaging = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Bench.Shop.Domain.Common;

        namespace Bench.Shop.Application.Common;

        public interface ICommand<TResult>
        {
        }

        public interface IQuery<TResult>
        {
        }

        public interface ICommandHandler<in TCommand, TResult>
            where TCommand : ICommand<TResult>
        {
            Task<Result<TResult>> HandleAsync(TCommand command, CancellationToken cancellationToken);
        }

        public interface IQueryHandler<in TQuery, TResult>
            where TQuery : IQuery<TResult>
        {
            Task<TResult> HandleAsync(TQuery query, CancellationToken cancellationToken);
        }

        public interface IClock
        {
            DateTime UtcNow { get; }
        }

        public interface IUnitOfWork
        {
            Task<int> SaveChangesAsync(CancellationToken cancellationToken);
        }

        public interface IEventPublisher
        {
            Task PublishAsync(IReadOnlyCollection<IDomainEvent> events, CancellationToken cancellationToken);
        }

        /// <summary>What every command handler does after changing an aggregate: save, then publish its events.</summary>
        public abstract class AggregateCommandHandler<TId, TAggregate>
            where TId : struct, IEquatable<TId>
            where TAggregate : AggregateRoot<TId>
        {
            private readonly IUnitOfWork _unitOfWork;
            private readonly IEventPublisher _events;

            protected AggregateCommandHandler(IUnitOfWork unitOfWork, IClock clock, IEventPublisher events)
            {
                _unitOfWork = unitOfWork ?? throw new ArgumentNullException(nameof(unitOfWork));
                Clock = clock ?? throw new ArgumentNullException(nameof(clock));
                _events = events ?? throw new ArgumentNullException(nameof(events));
            }

            protected IClock Clock { get; }

            protected async Task CommitAsync(TAggregate aggregate, CancellationToken cancellationToken)
            {
                await _unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await _events.PublishAsync(aggregate.DequeueEvents(), cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Names a handler for routing and logs.</summary>
        [AttributeUsage(AttributeTargets.Class, Inherited = false)]
        public sealed class HandlerAttribute : Attribute
        {
            public HandlerAttribute(string name) => Name = name;

            public string Name { get; }

            public bool Idempotent { get; init; }
        }
        """;

    private const string ApplicationResults = """
        using System;

        namespace Bench.Shop.Application.Common;

        /// <summary>The result of a command that returns nothing.</summary>
        public readonly record struct Unit
        {
            public static readonly Unit Value = default;
        }

        public sealed record Error(string Code, string Message)
        {
            public static Error NotFound(string what, object id) => new("not_found", $"{what} {id} was not found");

            public static Error Validation(string field, string problem) => new("validation", $"{field} {problem}");

            public static Error Conflict(string message) => new("conflict", message);
        }

        /// <summary>Success with a value, or failure with an <see cref="Error"/>; never both.</summary>
        public readonly struct Result<T>
        {
            private readonly T? _value;

            private Result(T? value, Error? error)
            {
                _value = value;
                Error = error;
            }

            public Error? Error { get; }

            public bool IsSuccess => Error is null;

            public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error!.Message}");

            public static Result<T> Success(T value) => new(value, null);

            public static Result<T> Failure(Error error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

            public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? Result<TOut>.Success(map(Value)) : Result<TOut>.Failure(Error!);

            public TOut Match<TOut>(Func<T, TOut> success, Func<Error, TOut> failure) => IsSuccess ? success(Value) : failure(Error!);
        }

        /// <summary>Short factories for handlers; imported with <c>using static</c>.</summary>
        public static class Results
        {
            public static Result<T> Ok<T>(T value) => Result<T>.Success(value);

            public static Result<T> Fail<T>(Error error) => Result<T>.Failure(error);

            public static Result<Unit> Done() => Result<Unit>.Success(Unit.Value);
        }
        """;

    private const string ApplicationPaging = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Bench.Shop.Application.Common;

        public sealed record PageRequest(int Page = 1, int Size = 20)
        {
            public int Skip => (Math.Max(1, Page) - 1) * Size;
        }

        public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int Size, int TotalCount)
        {
            public int PageCount => Size == 0 ? 0 : (TotalCount + Size - 1) / Size;

            public bool HasNext => Page < PageCount;

            public static PagedList<T> From(IEnumerable<T> source, PageRequest request)
            {
                var all = source as IReadOnlyCollection<T> ?? source.ToList();
                var items = all.Skip(request.Skip).Take(request.Size).ToList();
                return new PagedList<T>(items, request.Page, request.Size, all.Count);
            }

            public PagedList<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Page, Size, TotalCount);
        }
        """;

    private const string InfrastructureStore = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Bench.Shop.Domain.Common;

        namespace Bench.Shop.Infrastructure.Common;

        /// <summary>A thread-safe in-memory table of aggregates: the persistence of tests and demos.</summary>
        public abstract class InMemoryStore<TId, TEntity>
            where TId : struct, IEquatable<TId>
            where TEntity : Entity<TId>
        {
            private readonly ConcurrentDictionary<TId, TEntity> _items = new();

            public int Count => _items.Count;

            protected Task<TEntity?> FindCoreAsync(TId id, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Task.FromResult<TEntity?>(_items.TryGetValue(id, out var entity) ? entity : null);
            }

            protected Task<IReadOnlyList<TEntity>> ListCoreAsync(Func<TEntity, bool> predicate, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Task.FromResult<IReadOnlyList<TEntity>>(_items.Values.Where(predicate).ToList());
            }

            protected Task AddCoreAsync(TEntity entity, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!_items.TryAdd(entity.Id, entity))
                {
                    throw new InvalidOperationException($"{typeof(TEntity).Name} {entity.Id} already exists");
                }

                return Task.CompletedTask;
            }

            protected Task<bool> RemoveCoreAsync(TId id, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Task.FromResult(_items.TryRemove(id, out _));
            }
        }
        """;

    private const string InfrastructureServices = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Bench.Shop.Application.Common;
        using Bench.Shop.Domain.Common;

        namespace Bench.Shop.Infrastructure.Common;

        public sealed class SystemClock : IClock
        {
            public DateTime UtcNow => DateTime.UtcNow;
        }

        public sealed class InMemoryUnitOfWork : IUnitOfWork
        {
            private int _saves;

            public int Saves => Volatile.Read(ref _saves);

            public Task<int> SaveChangesAsync(CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Task.FromResult(Interlocked.Increment(ref _saves));
            }
        }

        public sealed class InMemoryEventPublisher : IEventPublisher
        {
            private readonly ConcurrentQueue<IDomainEvent> _published = new();

            public IReadOnlyList<IDomainEvent> Published => _published.ToArray();

            public Task PublishAsync(IReadOnlyCollection<IDomainEvent> events, CancellationToken cancellationToken)
            {
                foreach (var domainEvent in events.OrderBy(e => e.OccurredAtUtc))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _published.Enqueue(domainEvent);
                }

                return Task.CompletedTask;
            }
        }

        /// <summary>A minimal service container: enough to wire the in-memory infrastructure.</summary>
        public sealed class ServiceRegistry
        {
            private readonly Dictionary<Type, Func<object>> _factories = new();

            public IReadOnlyCollection<Type> Services => _factories.Keys;

            public ServiceRegistry Register<TService>(Func<TService> factory)
                where TService : class
            {
                _factories[typeof(TService)] = factory;
                return this;
            }

            public TService Resolve<TService>()
                where TService : class
                => _factories.TryGetValue(typeof(TService), out var factory)
                    ? (TService)factory()
                    : throw new InvalidOperationException($"{typeof(TService).Name} is not registered");
        }
        """;

    private const string WebAttributes = """
        using System;

        namespace Bench.Shop.Web.Hosting;

        [AttributeUsage(AttributeTargets.Class, Inherited = false)]
        public sealed class RouteAttribute : Attribute
        {
            public RouteAttribute(string template) => Template = template;

            public string Template { get; }
        }

        [AttributeUsage(AttributeTargets.Method, Inherited = false)]
        public abstract class HttpMethodAttribute : Attribute
        {
            protected HttpMethodAttribute(string method, string template)
            {
                Method = method;
                Template = template;
            }

            public string Method { get; }

            public string Template { get; }
        }

        public sealed class HttpGetAttribute : HttpMethodAttribute
        {
            public HttpGetAttribute(string template = "")
                : base("GET", template)
            {
            }
        }

        public sealed class HttpPostAttribute : HttpMethodAttribute
        {
            public HttpPostAttribute(string template = "")
                : base("POST", template)
            {
            }
        }

        public sealed class HttpPutAttribute : HttpMethodAttribute
        {
            public HttpPutAttribute(string template = "")
                : base("PUT", template)
            {
            }
        }

        public sealed class HttpDeleteAttribute : HttpMethodAttribute
        {
            public HttpDeleteAttribute(string template = "")
                : base("DELETE", template)
            {
            }
        }

        [AttributeUsage(AttributeTargets.Parameter)]
        public sealed class FromBodyAttribute : Attribute
        {
        }

        [AttributeUsage(AttributeTargets.Parameter)]
        public sealed class FromQueryAttribute : Attribute
        {
            public string? Name { get; init; }
        }
        """;

    private const string WebEndpointBase = """
        using Bench.Shop.Application.Common;

        namespace Bench.Shop.Web.Hosting;

        public sealed record ApiResponse<T>(int StatusCode, T? Body, string? Error)
        {
            public bool IsSuccess => StatusCode is >= 200 and < 300;
        }

        /// <summary>Turns application results into HTTP-shaped responses.</summary>
        public abstract class EndpointBase
        {
            protected static ApiResponse<T> Ok<T>(T body) => new(200, body, null);

            protected static ApiResponse<T> Created<T>(T body) => new(201, body, null);

            protected static ApiResponse<T> NotFound<T>(string message) => new(404, default, message);

            protected static ApiResponse<T> BadRequest<T>(string message) => new(400, default, message);

            protected static ApiResponse<T> Conflict<T>(string message) => new(409, default, message);

            protected static ApiResponse<T> FromResult<T>(Result<T> result)
                => result.Match(
                    value => Ok(value),
                    error => error.Code switch
                    {
                        "not_found" => NotFound<T>(error.Message),
                        "conflict" => Conflict<T>(error.Message),
                        _ => BadRequest<T>(error.Message),
                    });
        }
        """;
}
