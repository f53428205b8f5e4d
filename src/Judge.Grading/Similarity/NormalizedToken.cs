namespace Judge.Grading.Similarity;

/// <summary>A source token reduced to its class ("ID", "NUM", "if", "{", ...) and the lines it spans (1-based).</summary>
/// <param name="Segment">
/// Which stretch of one member (or of a type's own header and braces) the token belongs to; k-grams never cross
/// segments, so the order members are written in changes no fingerprint.
/// </param>
public readonly record struct NormalizedToken(string Text, int StartLine, int EndLine, int Segment);
