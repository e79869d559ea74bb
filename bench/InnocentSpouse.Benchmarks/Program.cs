using BenchmarkDotNet.Running;

// "clinic-seed": seeds the clinic load test's database (bench/run-clinic-load.sh), not a benchmark.
if (args.Length > 0 && args[0] == "clinic-seed")
{
    return await InnocentSpouse.Benchmarks.ClinicSeed.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(InnocentSpouse.Benchmarks.ScreeningBenchmarks).Assembly).Run(args);
return 0;
