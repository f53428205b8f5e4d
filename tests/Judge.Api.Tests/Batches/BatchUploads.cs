using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace Judge.Api.Tests.Batches;

/// <summary>Builds batch uploads the way a hiring team would: a zipped folder of candidates' files.</summary>
internal static class BatchUploads
{
    public static ByteArrayContent Zip(IEnumerable<(string Path, string Text)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }
}
