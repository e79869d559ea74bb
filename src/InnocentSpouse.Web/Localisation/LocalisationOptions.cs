namespace InnocentSpouse.Web.Localisation;

/// <summary>
/// The languages the site offers (configuration section <c>Localisation</c>; ADR 0011, docs/localisation.md).
/// The first is the default, used when the reader made no choice and their browser asks for none we have.
/// </summary>
public sealed class LocalisationOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Localisation";

    /// <summary>The cultures offered, as specific culture names (e.g. <c>en-US</c>, <c>es-US</c>); the first is the default.</summary>
    public IList<string> Cultures { get; } = [];
}
