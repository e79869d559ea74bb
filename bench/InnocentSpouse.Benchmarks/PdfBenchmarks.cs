using BenchmarkDotNet.Attributes;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Web.Record;

namespace InnocentSpouse.Benchmarks;

/// <summary>
/// The five-year PDF record (issue 12): the same five-year report as <see cref="ScreeningBenchmarks.FiveYearReport"/>,
/// rendered to bytes with PDFsharp 6.2.4 and Liberation Sans (fonts subset and embedded). Targets: under 100 ms and
/// under 300 KB; the size is printed once in the set-up.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private ScreeningReport _report = default!;

    [GlobalSetup]
    public void Setup()
    {
        var screening = new ScreeningBenchmarks();
        screening.Setup();
        _report = screening.FiveYearReport();
        var bytes = RecordPdf.Render(_report, discreet: false);
        Console.WriteLine($"// Five-year PDF record: {bytes.Length:N0} bytes ({bytes.Length / 1024.0:F1} KB) for tax years {string.Join(", ", _report.TaxYears)}");
    }

    /// <summary>Report to PDF bytes (the report is built once in the set-up; <see cref="ScreeningBenchmarks.FiveYearReport"/> measures it).</summary>
    [Benchmark]
    public byte[] FiveYearPdf() => RecordPdf.Render(_report, discreet: false);
}
