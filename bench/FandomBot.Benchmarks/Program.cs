using BenchmarkDotNet.Running;
using FandomBot.Benchmarks;

// dotnet run -c Release --project bench/FandomBot.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/FandomBot.Benchmarks -- --cpu-time   (detector cases in CPU time, for a busy machine)
if (args is ["--cpu-time"])
{
    CpuTimeCheck.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SharedMachineConfig).Assembly).Run(args);
