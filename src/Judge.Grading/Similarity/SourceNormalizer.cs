using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Judge.Grading.Similarity;

/// <summary>
/// Reduces C# source to what renaming and reformatting cannot change: the sequence of keywords and punctuation,
/// with every identifier one placeholder and every literal one placeholder per kind (MOSS's first step).
/// </summary>
public static class SourceNormalizer
{
    public const string Identifier = "ID";
    public const string Number = "NUM";
    public const string Text = "STR";
    public const string Character = "CHR";

    /// <summary>
    /// Comments, whitespace and directives (#region, #if) are trivia and never become tokens. Using directives are
    /// skipped too: editors add them, so they say nothing about who wrote the code.
    /// Source that does not parse still yields its tokens: Roslyn always returns a full tree.
    /// Each member's tokens form their own segments (see <see cref="NormalizedToken.Segment"/>).
    /// </summary>
    public static IReadOnlyList<NormalizedToken> Normalize(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var tokens = new List<NormalizedToken>();
        var (segment, owner) = (0, (SyntaxNode?)null);
        foreach (var token in root.DescendantTokens(node => node is not UsingDirectiveSyntax))
        {
            if (token.IsKind(SyntaxKind.EndOfFileToken) || token.IsMissing)
            {
                continue;
            }
            var tokenOwner = OwningMember(token);
            if (tokenOwner != owner)
            {
                (segment, owner) = (segment + 1, tokenOwner);
            }
            var lines = token.GetLocation().GetLineSpan();
            tokens.Add(new NormalizedToken(ClassOf(token), lines.StartLinePosition.Line + 1, lines.EndLinePosition.Line + 1, segment));
        }
        return tokens;
    }

    /// <summary>
    /// The innermost member (method, property, field, nested type...) around a token. Top-level statements are not
    /// members here: they run in the order written, like the body of one method.
    /// </summary>
    private static SyntaxNode? OwningMember(SyntaxToken token) =>
        token.Parent?.AncestorsAndSelf().FirstOrDefault(node => node is MemberDeclarationSyntax and not GlobalStatementSyntax);

    private static string ClassOf(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.IdentifierToken => Identifier,
        SyntaxKind.NumericLiteralToken => Number,
        SyntaxKind.CharacterLiteralToken => Character,
        SyntaxKind.StringLiteralToken
            or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken
            or SyntaxKind.Utf8MultiLineRawStringLiteralToken
            or SyntaxKind.InterpolatedStringTextToken => Text,
        _ => token.Text,
    };
}
