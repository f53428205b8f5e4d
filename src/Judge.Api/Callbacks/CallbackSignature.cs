using System.Security.Cryptography;
using System.Text;

namespace Judge.Api.Callbacks;

/// <summary>
/// The signature on a callback: HMAC-SHA256 over "timestamp.body". The timestamp is signed too, so a
/// receiver that rejects old timestamps cannot be fed a recorded delivery again.
/// </summary>
public static class CallbackSignature
{
    public const string SignatureHeader = "X-Judge-Signature";
    public const string TimestampHeader = "X-Judge-Timestamp";

    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    public static bool Verify(string secret, string timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
