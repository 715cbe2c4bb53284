using Briefing.Core;

namespace Briefing.Tests.Support;

public sealed class RepositoryFilesTests
{
    [Fact]
    public void A_copy_of_the_repository_site_holds_the_settings_file_the_app_reads()
    {
        var target = Directory.CreateTempSubdirectory("briefing-copy-").FullName;
        try
        {
            RepositoryFiles.CopySiteTo(target);

            Assert.True(File.Exists(Path.Combine(target, SiteSettingsReader.FileName)), $"no {SiteSettingsReader.FileName} in the copy");
            Assert.Equal(
                File.ReadAllBytes(RepositoryFiles.PathOf("seeds", "000_f49b7cf66e1737eb.txt")),
                File.ReadAllBytes(Path.Combine(target, "seeds", "000_f49b7cf66e1737eb.txt")));
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }
}
