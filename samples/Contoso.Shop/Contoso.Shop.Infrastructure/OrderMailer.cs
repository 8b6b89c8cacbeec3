using System.Collections.Generic;

namespace Contoso.Shop.Infrastructure;

/// <summary>
/// Sends order mails. The sample only records them. It also shows what an AI assistant leaves behind when it
/// copies a method to change one value, and when it elides code.
/// </summary>
public sealed class OrderMailer
{
    private readonly List<string> _outbox = new();

    public IReadOnlyList<string> Outbox => _outbox;

    // Copied below to change one value and left behind: the rewrite carries the one report (HAR2005).
    public int SendConfirmation(string to, string orderNumber)
    {
        var subject = "Order " + orderNumber + " confirmed";
        var attempts = 0;
        while (attempts < 3)
        {
            attempts++;
            if (TryDeliver(to, subject))
            {
                return attempts;
            }
        }

        return -1;
    }

    // HAR2005: deliberate, the rewrite that turned the retry count into a parameter
    public int SendConfirmationV2(string to, string orderNumber, int retries)
    {
        var subject = "Order " + orderNumber + " confirmed";
        var attempts = 0;
        while (attempts < retries)
        {
            attempts++;
            if (TryDeliver(to, subject))
            {
                return attempts;
            }
        }

        return -1;
    }

    public void SendCancellation(string to, string orderNumber)
    {
        // HAR2006: deliberate, a generator left out the body it was asked to keep
        // ... existing code ...
        _outbox.Add(to + ": order " + orderNumber + " cancelled");
    }

    private bool TryDeliver(string to, string subject)
    {
        _outbox.Add(to + ": " + subject);
        return _outbox.Count % 2 == 0;
    }
}
