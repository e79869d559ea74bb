namespace InnocentSpouse.Tests.Shared;

/// <summary>The repository's root folder (the one holding InnocentSpouse.sln), for tests that read source files.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InnocentSpouse.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InnocentSpouse.sln not found above the test output folder.");
    }
}
