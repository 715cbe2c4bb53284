using System.ComponentModel;
using System.Diagnostics;

namespace Briefing.Preview;

/// <summary>Opens a URL in the default browser, when the machine has one (a server or container often has not).</summary>
internal static class BrowserLauncher
{
    public static bool TryOpen(Uri url)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true });
            return true;
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or PlatformNotSupportedException or FileNotFoundException)
        {
            return false;
        }
    }
}
