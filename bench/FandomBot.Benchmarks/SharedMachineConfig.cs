using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace FandomBot.Benchmarks;

/// <summary>
/// A short job for a shared 2-core machine: few warm-ups, many brief iterations (100 ms each) so that the median is
/// robust to other people's processes taking the core for a moment, and about two seconds per benchmark in all.
/// </summary>
public sealed class SharedMachineConfig : ManualConfig
{
    public SharedMachineConfig()
    {
        AddJob(Job.Default
            .WithId("SharedShort")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithIterationTime(TimeInterval.FromMilliseconds(100)));
    }
}
