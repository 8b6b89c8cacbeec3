using Xunit.Sdk;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>A verification failed: the message says what was expected and what happened.</summary>
public sealed class VerificationException(string message) : XunitException(message);
