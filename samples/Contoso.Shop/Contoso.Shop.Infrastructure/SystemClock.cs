using System;
using Contoso.Shop.Domain;

namespace Contoso.Shop.Infrastructure;

public sealed class SystemClock : IClock
{
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
}
