using System;

namespace Contoso.Shop.Domain;

/// <summary>The time, injected so that it can be tested.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}
