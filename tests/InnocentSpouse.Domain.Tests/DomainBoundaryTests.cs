using System.Xml.Linq;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Tests;

public class DomainBoundaryTests
{
    [Fact]
    public void DomainAssembly_ReferencesOnlySystemAssemblies()
    {
        var references = typeof(SourceRef).Assembly.GetReferencedAssemblies();

        Assert.NotEmpty(references);
        Assert.All(references, a => Assert.True(
            a.Name is not null && (a.Name == "System" || a.Name.StartsWith("System.", StringComparison.Ordinal) || a.Name == "netstandard"),
            $"Domain references {a.Name}"));
    }

    [Fact]
    public void DomainProject_HasNoPackageOrProjectReferences()
    {
        var csproj = Path.Combine(RepoPaths.Root, "src", "InnocentSpouse.Domain", "InnocentSpouse.Domain.csproj");
        var doc = XDocument.Load(csproj);

        var references = doc.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference")
            .Select(e => (string?)e.Attribute("Include"))
            .ToList();

        Assert.Empty(references);
    }

}
