using System.Security.Cryptography;
using System.Text;

namespace Judge.Core.Access;

/// <summary>
/// How an API key is stored (<c>Access:Keys:N:Sha256</c>): the lower-case hex SHA-256 of its UTF-8 bytes. The service
/// hashes a presented key with this and <c>judge hash-key</c> prints it, so the two can never disagree.
/// </summary>
public static class ApiKeyHash
{
    public static string Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
