namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Wakes the processor when a delivery is accepted in the same process, so that it need not poll often. A processor
/// arms the signal before it claims, and waits on the armed task only after it found nothing: a delivery stored in
/// between completes that task, so no wake-up is lost.
/// </summary>
internal sealed class InboxSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>The task the next <see cref="Notify"/> completes (a new one once the last has completed).</summary>
    public Task Arm()
    {
        while (true)
        {
            var current = Volatile.Read(ref _next);
            if (!current.Task.IsCompleted)
            {
                return current.Task;
            }

            var fresh = NewSource();
            if (Interlocked.CompareExchange(ref _next, fresh, current) == current)
            {
                return fresh.Task;
            }
        }
    }

    /// <summary>Says that a delivery is waiting.</summary>
    public void Notify() => Volatile.Read(ref _next).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
