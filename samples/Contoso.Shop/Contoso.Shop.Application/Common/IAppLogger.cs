namespace Contoso.Shop.Application.Common;

/// <summary>What the application logs through (the ILogger that [ban *] points to).</summary>
public interface IAppLogger
{
    void Info(string message);
}
