using System.Diagnostics;

namespace InnocentSpouse.LoadDriver;

/// <summary>
/// One virtual client's measurements. Each client owns its recorder (no locking); the phase merges
/// them at the end. Only requests that complete inside the measured window are recorded.
/// </summary>
internal sealed class Recorder
{
    private readonly List<long> _requestTicks = new(capacity: 64 * 1024);
    private readonly List<long> _stepTicks = new(capacity: 32 * 1024);

    public bool Recording { get; set; }

    public long Requests => _requestTicks.Count;

    public long Steps => _stepTicks.Count;

    public long Interviews { get; private set; }

    public long Errors { get; private set; }

    public List<string> ErrorSamples { get; } = [];

    public IReadOnlyList<long> RequestTicks => _requestTicks;

    public IReadOnlyList<long> StepTicks => _stepTicks;

    public void Request(long startTimestamp)
    {
        if (Recording)
        {
            _requestTicks.Add(Stopwatch.GetTimestamp() - startTimestamp);
        }
    }

    public void Step(long startTimestamp)
    {
        if (Recording)
        {
            _stepTicks.Add(Stopwatch.GetTimestamp() - startTimestamp);
        }
    }

    public void Interview()
    {
        if (Recording)
        {
            Interviews++;
        }
    }

    /// <summary>Counts an error, in the warm-up too: a benchmark with errors is not reported as clean.</summary>
    public void Error(string what)
    {
        Errors++;
        if (ErrorSamples.Count < 5)
        {
            ErrorSamples.Add(what);
        }
    }
}
