namespace SleepFM.IO.Edf;

/// <summary>
/// FIFO of digital samples for one signal of <see cref="EdfWriter"/>: appends at the tail, takes whole
/// records from the head. Amortised O(1) per sample even when a caller pushes a whole night of one
/// signal before the next (a List with RemoveRange(0, n) would be quadratic there).
/// </summary>
internal sealed class EdfSampleQueue(int initialCapacity)
{
    int[] buffer = new int[Math.Max(16, initialCapacity)];
    int head, tail;

    public int Count => tail - head;

    /// <summary>Space for <paramref name="extra"/> more samples at the tail; returns the span to fill.</summary>
    public Span<int> Reserve(int extra)
    {
        if (tail + extra > buffer.Length)
        {
            int count = Count;
            if (count + extra <= buffer.Length / 2)
                Array.Copy(buffer, head, buffer, 0, count);
            else
            {
                var bigger = new int[Math.Max(buffer.Length * 2, count + extra)];
                Array.Copy(buffer, head, bigger, 0, count);
                buffer = bigger;
            }
            head = 0;
            tail = count;
        }
        var span = buffer.AsSpan(tail, extra);
        tail += extra;
        return span;
    }

    public void Add(int value) => Reserve(1)[0] = value;

    /// <summary>The oldest <paramref name="count"/> samples, valid until the next call.</summary>
    public ReadOnlySpan<int> Peek(int count) => buffer.AsSpan(head, count);

    public void Drop(int count)
    {
        head += count;
        if (head == tail) head = tail = 0;
    }
}
