namespace Smoke.Shipping;

public enum Service
{
    Standard,
    Express,
}

public sealed class Carrier
{
    public Carrier(string name) => Name = name;

    public string Name { get; }

    public TimeSpan Delivery(Service service, bool remote)
    {
        var days = service == Service.Express ? 1 : 3;
        if (remote)
        {
            days += 2;
        }

        return TimeSpan.FromDays(days);
    }

    public string Label(Service service) => $"{Name} {service}".ToUpperInvariant();
}
