using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/FandomBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
