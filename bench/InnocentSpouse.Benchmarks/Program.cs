using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(InnocentSpouse.Benchmarks.ScreeningBenchmarks).Assembly).Run(args);
