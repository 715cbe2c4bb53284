namespace Briefing.Tests.Snapshots;

/// <summary>
/// Where one test's snapshots live, named the way Verify names them:
/// <c>{Directory}/{TypeName}.{MethodName}[_{NameSuffix}].verified.{extension}</c> for a single value and
/// <c>{Directory}/{TypeName}.{MethodName}[_{NameSuffix}]/{relative path}.verified.{extension}</c> for a directory.
/// </summary>
public sealed record SnapshotLocation
{
    public SnapshotLocation(string directory, string typeName, string methodName, string? nameSuffix = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        TypeName = RequireFileNamePart(typeName, nameof(typeName));
        MethodName = RequireFileNamePart(methodName, nameof(methodName));
        NameSuffix = string.IsNullOrEmpty(nameSuffix) ? null : RequireFileNamePart(nameSuffix, nameof(nameSuffix));
    }

    public string Directory { get; }

    public string TypeName { get; }

    public string MethodName { get; }

    public string? NameSuffix { get; }

    /// <summary><c>Type.Method</c> or <c>Type.Method_suffix</c>.</summary>
    public string BaseName => NameSuffix is null ? $"{TypeName}.{MethodName}" : $"{TypeName}.{MethodName}_{NameSuffix}";

    public string VerifiedFile(string extension) => Path.Combine(Directory, $"{BaseName}.verified.{CleanExtension(extension)}");

    public string ReceivedFile(string extension) => Path.Combine(Directory, $"{BaseName}.received.{CleanExtension(extension)}");

    /// <summary>The folder that holds one verified file per file of a verified directory.</summary>
    public string SnapshotDirectory => Path.Combine(Directory, BaseName);

    /// <summary>
    /// Lists, one per line relative to <see cref="SnapshotDirectory"/>, the verified files a failed directory
    /// verification no longer produced; <c>tests/accept-snapshots.sh</c> deletes them on accept.
    /// </summary>
    public string DeletedListFile => Path.Combine(Directory, $"{BaseName}.received.deleted");

    /// <summary>
    /// The location for the running xunit test: the directory of its source file and the names from
    /// <see cref="TestContext"/> (class name without namespace, nested classes as <c>Outer.Inner</c>).
    /// </summary>
    public static SnapshotLocation ForCurrentTest(string sourceFile, string? nameSuffix)
    {
        var testCase = TestContext.Current.TestCase
            ?? throw new InvalidOperationException("Snapshots can only be verified from inside a running xunit test.");
        var className = testCase.TestClassName
            ?? throw new InvalidOperationException($"Test '{testCase.TestCaseDisplayName}' has no test class to name its snapshot after.");
        var methodName = testCase.TestMethodName
            ?? throw new InvalidOperationException($"Test '{testCase.TestCaseDisplayName}' has no test method to name its snapshot after.");

        var directory = Path.GetDirectoryName(sourceFile);
        if (string.IsNullOrEmpty(directory) || !System.IO.Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                $"The test source directory '{directory}' does not exist on this machine. Snapshots are stored beside the test "
                + "source file, so build the tests from a checkout without source path mapping (PathMap, ContinuousIntegrationBuild).");
        }

        return new SnapshotLocation(directory, SimpleTypeName(className, testCase.TestClassNamespace), methodName, nameSuffix);
    }

    internal static string CleanExtension(string extension)
    {
        var cleaned = extension.TrimStart('.');
        return cleaned.Length == 0 ? throw new ArgumentException("A snapshot needs a file extension.", nameof(extension)) : RequireFileNamePart(cleaned, nameof(extension));
    }

    private static string SimpleTypeName(string fullName, string? @namespace)
    {
        var withoutNamespace = string.IsNullOrEmpty(@namespace) ? fullName : fullName[(@namespace.Length + 1)..];
        return withoutNamespace.Replace('+', '.');
    }

    private static string RequireFileNamePart(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        if (value.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{value}' cannot be part of a snapshot file name.", parameterName);
        }

        return value;
    }
}
