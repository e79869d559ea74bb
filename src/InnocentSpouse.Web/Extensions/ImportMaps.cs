using Microsoft.AspNetCore.Components;

namespace InnocentSpouse.Web.Extensions;

/// <summary>
/// The import map the pages carry: only Blazor's own script. The framework's default map lists every script of the
/// build twice (plain and fingerprinted) with an integrity hash for each, about 1.9 KB of uncompressed HTML on every
/// page (pages are never compressed: docs/security.md, BREACH). None of it is used: the pages load only classic
/// scripts by their fingerprinted URLs (<c>@Assets[…]</c>, which import maps do not apply to), and with static SSR
/// only (ADR 0001) there is no <c>blazor.server.js</c> to map. Blazor's entry is kept so that an ES-module import of
/// it by its plain name still resolves. Issue 11's first-page budget (60 KB) is what this buys.
/// </summary>
public static class ImportMaps
{
    /// <summary>The plain name of Blazor's script, the one entry kept.</summary>
    public const string BlazorWeb = "./_framework/blazor.web.js";

    /// <summary>The framework's import map for <paramref name="assets"/>, keeping only <see cref="BlazorWeb"/> and no integrity list.</summary>
    /// <param name="assets">The build's static assets (a component's <c>Assets</c>).</param>
    public static ImportMapDefinition ForPages(ResourceAssetCollection assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        // One build has one asset collection: the map is made once for it, not on every page.
        return Cache.GetValue(assets, Build);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ResourceAssetCollection, ImportMapDefinition> Cache = [];

    private static ImportMapDefinition Build(ResourceAssetCollection assets)
    {
        var all = ImportMapDefinition.FromResourceCollection(assets);
        var imports = (all.Imports ?? new Dictionary<string, string>())
            .Where(entry => entry.Key == BlazorWeb)
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        return new ImportMapDefinition(imports, scopes: null, integrity: null);
    }
}
