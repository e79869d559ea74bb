using System.Globalization;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Issue 14, assisted mode in Spanish: every assisted text has its Spanish in DomainTexts.es.resx, says "su cliente"
/// where the English says "your client", never "tú", and is not the public Spanish (which speaks to or as the taxpayer);
/// where assisted mode shows the public text, the public Spanish has no "usted" and no first person either.
/// </summary>
public sealed partial class AssistedTextsTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    private static IReadOnlyDictionary<string, ResxEntry> SpanishFile =>
        TranslationFiles.All.Single(f => f.BaseName == "DomainTexts" && f.Language == "es").Entries;

    /// <summary>Every assisted text with a key of its own: key, assisted English, and the key and English of the public text it replaces.</summary>
    private static List<(string Key, string English, string PublicKey, string PublicEnglish)> OwnTexts()
    {
        var texts = new List<(string, string, string, string)>();
        foreach (var q in QuestionCatalog.All)
        {
            var english = InEnglish(() => (q.Prompt, q.Hint, q.AssistedPrompt, q.AssistedHint));
            var prefix = $"question.{q.Key.Value}";
            if (!q.AssistedPromptIsPublic)
            {
                texts.Add(($"{prefix}.assisted.prompt", english.AssistedPrompt, $"{prefix}.prompt", english.Prompt));
            }

            if (!q.AssistedHintIsPublic)
            {
                texts.Add(($"{prefix}.assisted.hint", english.AssistedHint, $"{prefix}.hint", english.Hint));
            }

            foreach (var o in q.Options.Where(o => o.AssistedTextKey is not null))
            {
                texts.Add((o.AssistedTextKey!, InEnglish(() => o.AssistedLabel), o.TextKey!, InEnglish(() => o.Label)));
            }
        }

        foreach (var section in Enum.GetValues<InterviewSection>().Where(s => SectionText.AssistedKey(s) is not null))
        {
            texts.Add((SectionText.AssistedKey(section)!, SectionText.AssistedName(section, CultureInfo.InvariantCulture),
                SectionText.Key(section), SectionText.Name(section, CultureInfo.InvariantCulture)));
        }

        texts.Add((Question.AssistedNotSureKey, "Not sure", "answer.not-sure", "Not sure"));
        return texts;
    }

    [Fact]
    public void EveryAssistedKey_HasASpanishText_ThatTheQuestionReads()
    {
        var problems = new List<string>();
        foreach (var (key, english, _, _) in OwnTexts())
        {
            if (!SpanishFile.TryGetValue(key, out var entry) || string.IsNullOrWhiteSpace(entry.Value))
            {
                problems.Add($"{key} missing (\"{english}\")");
            }
            else if (DomainText.Get(key, english, Spanish) != entry.Value)
            {
                problems.Add($"{key} does not read the Spanish file");
            }
        }

        Assert.Equal([], problems);
    }

    [Fact]
    public void SpanishFile_HasNoAssistedTextTheCatalogDoesNotUse()
    {
        var used = OwnTexts().Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Equal([], SpanishFile.Keys.Where(k => k.Contains(".assisted", StringComparison.Ordinal) && !used.Contains(k)));
    }

    /// <summary>Where the English differs, the Spanish must too; where the English is the same ("Not sure"), the key exists because the public Spanish is in the first person, so it must differ as well.</summary>
    [Fact]
    public void AssistedSpanish_IsNeverThePublicSpanish()
    {
        var same = OwnTexts()
            .Where(t => SpanishFile[t.Key].Value == SpanishFile[t.PublicKey].Value)
            .Select(t => $"{t.Key} = {t.PublicKey} = \"{SpanishFile[t.Key].Value}\"");

        Assert.Equal([], same);
    }

    [Fact]
    public void AssistedSpanish_SaysSuCliente_WhereTheEnglishSaysClient_AndNeverTu()
    {
        var problems = new List<string>();
        foreach (var (key, english, _, _) in OwnTexts())
        {
            var spanish = SpanishFile[key].Value;
            if (english.Contains("client", StringComparison.OrdinalIgnoreCase) && !spanish.Contains("su cliente", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{key}: \"{spanish}\" does not say \"su cliente\"");
            }

            if ($" {spanish} ".Contains(" tú ", StringComparison.OrdinalIgnoreCase) || TuForm().IsMatch(spanish))
            {
                problems.Add($"{key}: \"{spanish}\" says \"tú\"");
            }
        }

        Assert.Equal([], problems);
    }

    /// <summary>A prompt asks about the client: "usted" there would be the helper, so it would ask the wrong person.</summary>
    [Fact]
    public void AssistedSpanishPrompts_NeverSayUsted() =>
        Assert.Equal([], OwnTexts().Where(t => t.Key.EndsWith(".assisted.prompt", StringComparison.Ordinal))
            .Where(t => Usted().IsMatch(SpanishFile[t.Key].Value)).Select(t => t.Key));

    [Fact]
    public void PublicSpanishShownInAssistedMode_HasNoUstedAndNoFirstPerson()
    {
        var shown = new List<(string Key, string Spanish)>();
        foreach (var q in QuestionCatalog.All)
        {
            var texts = UiCulture.InCulture(Spanish, () => (q.AssistedPrompt, q.AssistedHint, Options: q.Options.Where(o => o.AssistedTextKey is null).Select(o => (o.TextKey!, o.AssistedLabel)).ToList()));
            if (q.AssistedPromptIsPublic)
            {
                shown.Add(($"question.{q.Key.Value}.prompt", texts.AssistedPrompt));
            }

            if (q.AssistedHintIsPublic && texts.AssistedHint.Length > 0)
            {
                shown.Add(($"question.{q.Key.Value}.hint", texts.AssistedHint));
            }

            shown.AddRange(texts.Options);
        }

        shown.Add((SectionText.Key(InterviewSection.LettersAndDates), SectionText.AssistedName(InterviewSection.LettersAndDates, Spanish)));

        Assert.Equal([], shown.Where(t => Usted().IsMatch(t.Spanish) || FirstPerson().IsMatch(t.Spanish)).Select(t => $"{t.Key}: \"{t.Spanish}\""));
    }

    [Fact]
    public void FiledJointReturn_InAssistedModeInSpanish_AsksAboutSuCliente()
    {
        var q = QuestionCatalog.FiledJointReturn;

        var (prompt, yes, notSure, publicPrompt) = UiCulture.InCulture(Spanish, () =>
            (q.AssistedPrompt, q.Options[0].AssistedLabel, q.Options.Single(o => o.Value == "not-sure").AssistedLabel, q.Prompt));

        Assert.Equal("¿Su cliente presentó una declaración conjunta con su cónyuge para este año?", prompt);
        Assert.Equal("Sí, firmó una declaración conjunta", yes);
        Assert.Equal("No está seguro", notSure);
        Assert.Equal("¿Presentó una declaración conjunta con su cónyuge para este año?", publicPrompt);
    }

    [Theory]
    [InlineData("filed-joint-return", "yes", "Sí, firmó una declaración conjunta")]
    [InlineData("filed-joint-return", "not-sure", "No está seguro")]
    [InlineData("first-collection-date", "not-sure", "No está seguro")]
    [InlineData("first-collection-date", "2024-03", "marzo de 2024 (no se sabe el día)")]
    [InlineData("marital-status", "divorced", "Divorciado o divorciada")]
    public void AssistedDisplay_InSpanish_ReadsTheAnswerAsSaidOfTheClient(string key, string value, string expected) =>
        Assert.Equal(expected, UiCulture.InCulture(Spanish, () => QuestionCatalog.Get(new FactKey(key)).AssistedDisplay(value)));

    [Fact]
    public void SectionNames_InAssistedModeInSpanish_SpeakOfSuCliente()
    {
        Assert.Equal("Las finanzas de su cliente", SectionText.AssistedName(InterviewSection.Finances, Spanish));
        Assert.Equal("Cartas y fechas", SectionText.AssistedName(InterviewSection.LettersAndDates, Spanish));
    }

    private static T InEnglish<T>(Func<T> read) => UiCulture.InCulture(CultureInfo.InvariantCulture, read);

    [GeneratedRegex(@"(?<!\p{L})(usted|ustedes)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Usted();

    // The first person the public Spanish uses: "yo", "mi", "me", "nuestro", "estoy", "vivimos", "debemos"…
    [GeneratedRegex(@"(?<!\p{L})(yo|mi|mis|mí|me|mío|míos|mía|mías|conmigo|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|estoy|soy|tengo|firmé|presenté|acepté|intenté|pude|vivimos|debemos|elegimos|sabía de una parte)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    // docs/glossary-es.md, "Register" (as GlossaryTermTests).
    [GeneratedRegex(@"(?<!\p{L})(tú|tu|tus|tienes|puedes|debes|eres)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TuForm();
}
