using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;

namespace InnocentSpouse.Benchmarks;

/// <summary>
/// The parts of <see cref="ScreeningReport.Build"/> one by one, on the same five-year answers as
/// <see cref="ScreeningBenchmarks"/>, so the report's time can be split: the walk as asked, then what the report builds
/// from it.
/// </summary>
[MemoryDiagnoser]
public class ReportPartBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private ScreeningAnswers _answers = ScreeningAnswers.Empty;
    private ScreeningAnswers _asAsked = ScreeningAnswers.Empty;
    private ScreeningWalk _walk = null!;
    private ImmutableArray<(Question Question, int? TaxYear)> _path;

    [GlobalSetup]
    public void Setup()
    {
        _answers = ScreeningBenchmarks.FiveYearAnswers();
        _walk = ScreeningEngine.WalkAsAsked(_answers, AsOf);
        _path = [.. _walk.Asked.Select(a => (a.Question, a.TaxYear))];
        var report = ScreeningReport.Build(_answers, AsOf);
        var asAsked = ScreeningAnswers.ForYears([.. _answers.TaxYears]);
        foreach (var answer in report.Answers)
        {
            asAsked = asAsked.With(answer.Question, answer.Value, answer.TaxYear);
        }

        _asAsked = asAsked;
    }

    /// <summary>The engine walking the saved answers the way the interview asks them.</summary>
    [Benchmark]
    public ScreeningWalk WalkAsAsked() => ScreeningEngine.WalkAsAsked(_answers, AsOf);

    /// <summary>Everything the report builds after the walk (<see cref="ScreeningReport.From"/>).</summary>
    [Benchmark]
    public ScreeningReport ReportFromWalk() => ScreeningReport.From(_walk.Result, _path, _answers);

    /// <summary>The deadlines of the five years.</summary>
    [Benchmark]
    public int Deadlines()
    {
        var count = 0;
        foreach (var year in _answers.TaxYears)
        {
            count += YearDeadlines.For(_answers, year, askedCollectionDate: true, AsOf).Length;
        }

        return count;
    }

    /// <summary>The next steps.</summary>
    [Benchmark]
    public ImmutableArray<NextStep> NextSteps() => NextStepCatalog.For(_walk.Result);

    /// <summary>The evidence checklist.</summary>
    [Benchmark]
    public ImmutableArray<EvidenceItem> Evidence() => EvidenceChecklist.For(_answers, _walk.Result);

    /// <summary>The Form 8857 worksheet, from the answers as asked.</summary>
    [Benchmark]
    public Form8857Worksheet Worksheet() => Form8857Worksheet.For(_asAsked, _walk.Result);
}
