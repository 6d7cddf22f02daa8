using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Storage;

/// <summary>The SQLite file and the Data Protection keys are readable by Vigil's own user only.</summary>
public sealed class FileModeTests
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task Start_NewDataDirectory_FolderAndKeys0700DatabaseFile0600()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only.");
        var store = TestStore.Sqlite();
        await using (var server = await TestServer.StartAsync(store))
        {
            var target = store.Target;
            if (OperatingSystem.IsWindows()) // for the platform analyzer, which does not read SkipWhen
            {
                return;
            }
            Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(target.DataDirectory));
            Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(target.KeysDirectory));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target.SqlitePath));
            Assert.True(new FileInfo(target.SqlitePath).Length > 0, "the migrations ran on the file created first");
        }
    }
}
