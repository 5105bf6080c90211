using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Plotly.NET;

namespace SleepFM.Interactive.Charts;

/// <summary>
/// Exports a chart as PNG or SVG through a headless Chromium (Debian's <c>chromium</c>): the chart goes into a
/// standalone page with plotly.js inlined, whose script calls <c>Plotly.toImage</c> and writes the data URL
/// into the DOM, which <c>chromium --dump-dom</c> prints. No network and no downloaded browser.
/// </summary>
public static partial class StaticImage
{
    /// <summary>Environment variable naming the browser executable, checked first.</summary>
    public const string BrowserVariable = "SLEEPFM_CHROMIUM";

    /// <summary>How long one export may take before the browser is killed.</summary>
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(90);

    static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser executable found ($SLEEPFM_CHROMIUM, then chromium, chromium-browser, google-chrome on PATH), or null.</summary>
    public static string? FindBrowser()
    {
        if (Environment.GetEnvironmentVariable(BrowserVariable) is { Length: > 0 } configured)
            return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in Candidates)
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>True when a browser for <see cref="Export"/> is installed; callers can skip export with a warning otherwise.</summary>
    public static bool IsAvailable => FindBrowser() is not null;

    /// <summary>Writes the chart as PNG or SVG, chosen by the extension of <paramref name="path"/>.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="path">Destination ending in .png or .svg; its folder is created.</param>
    /// <param name="width">Image width in CSS pixels.</param>
    /// <param name="height">Image height in CSS pixels.</param>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg, or a size is not positive.</exception>
    /// <exception cref="StaticImageException">No browser was found, it failed, or it timed out.</exception>
    public static void Export(GenericChart chart, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => "png",
            ".svg" => "svg",
            var other => throw new ArgumentException($"Export writes .png or .svg, not '{other}'.", nameof(path)),
        };
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var browser = FindBrowser() ?? throw new StaticImageException(
            $"No Chromium found for static export: set ${BrowserVariable} or install chromium (apt-get install chromium). Check StaticImage.IsAvailable first to skip export.");

        var work = Path.Combine(Path.GetTempPath(), "sleepfm-export-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(work);
        try
        {
            var page = Path.Combine(work, "chart.html");
            File.WriteAllText(page, Page(chart, format, width, height), Encoding.UTF8);
            var dom = RunBrowser(browser, page, work);
            var match = ResultElement().Match(dom);
            if (!match.Success) throw new StaticImageException($"{browser} produced no image (the page did not finish within the time budget).");
            var result = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
            if (result.StartsWith("error:", StringComparison.Ordinal)) throw new StaticImageException($"plotly.js could not render the image: {result[6..].Trim()}");
            var bytes = Decode(result);
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            File.WriteAllBytes(path, bytes);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    static string Page(GenericChart chart, string format, int width, int height)
    {
        // Poll until the chart's div has been drawn (plotly.js sets _fullLayout), then render it off-screen at the requested size.
        string script = $$"""
            <pre id="sleepfm-image"></pre>
            <script>
            (function poll(tries) {
              var gd = document.querySelector('.js-plotly-plot');
              if (!window.Plotly || !gd || !gd._fullLayout) { if (tries > 0) setTimeout(function () { poll(tries - 1); }, 50); else document.getElementById('sleepfm-image').textContent = 'error: the chart was never drawn'; return; }
              Plotly.toImage(gd, { format: '{{format}}', width: {{width}}, height: {{height}} })
                .then(function (url) { document.getElementById('sleepfm-image').textContent = url; })
                .catch(function (e) { document.getElementById('sleepfm-image').textContent = 'error: ' + e; });
            })(400);
            </script>
            """;
        var html = ChartHtml.Page(chart, "export");
        int end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return html[..end] + script + "\n" + html[end..];
    }

    static string RunBrowser(string browser, string page, string work)
    {
        var info = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
                     "--no-first-run", "--no-default-browser-check", $"--user-data-dir={Path.Combine(work, "profile")}",
                     "--virtual-time-budget=20000", "--dump-dom", new Uri(page).AbsoluteUri,
                 })
            info.ArgumentList.Add(arg);
        Process process;
        try { process = Process.Start(info) ?? throw new StaticImageException($"{browser} did not start."); }
        catch (System.ComponentModel.Win32Exception e) { throw new StaticImageException($"{browser} could not be started: {e.Message}", e); }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw new StaticImageException($"{browser} did not finish within {Timeout.TotalSeconds:0} s and was stopped.");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new StaticImageException($"{browser} exited with code {process.ExitCode}: {Tail(stderr.Result)}");
            return stdout.Result;
        }
    }

    static byte[] Decode(string dataUrl)
    {
        int comma = dataUrl.IndexOf(',', StringComparison.Ordinal);
        if (!dataUrl.StartsWith("data:", StringComparison.Ordinal) || comma < 0)
            throw new StaticImageException($"Unexpected export result: {dataUrl[..Math.Min(80, dataUrl.Length)]}");
        var header = dataUrl[..comma];
        var body = dataUrl[(comma + 1)..];
        return header.EndsWith(";base64", StringComparison.Ordinal)
            ? Convert.FromBase64String(body)
            : Encoding.UTF8.GetBytes(Uri.UnescapeDataString(body));
    }

    static string Tail(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" | ", lines.TakeLast(3));
    }

    [GeneratedRegex("<pre id=\"sleepfm-image\">([^<]*)</pre>")]
    private static partial Regex ResultElement();
}

/// <summary>Static export failed: no browser, the browser failed or timed out, or plotly.js could not render.</summary>
public sealed class StaticImageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StaticImageException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public StaticImageException(string message, Exception inner) : base(message, inner) { }
}
