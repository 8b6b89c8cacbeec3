using System;
using System.IO;
using Contoso.Shop.Application.Common;

namespace Contoso.Shop.Infrastructure;

/// <summary>Logs to a writer (the host passes the console's).</summary>
public sealed class TextWriterLogger : IAppLogger
{
    private readonly TextWriter _writer;

    public TextWriterLogger(TextWriter writer) => _writer = writer;

    public void Info(string message) => _writer.WriteLine($"info: {message}");
}
