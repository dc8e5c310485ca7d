using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// Captures every log line of every category at every level it is given, with its structured values, scopes and
/// exception text: what the most verbose sink would write.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _logs = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Logs => [.. _logs];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var values = new List<string>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                values.AddRange(pairs.Select(pair => $"{pair.Key}={pair.Value}"));
            }

            provider._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), values);
            var message = formatter(state, exception);
            provider._logs.Enqueue(
                new CapturedLog(category, logLevel, eventId, message, values, exception?.ToString()));
        }
    }
}
