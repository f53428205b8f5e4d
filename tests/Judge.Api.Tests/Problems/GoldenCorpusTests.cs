using Judge.Api.Tests.Infrastructure;
using Judge.Engine.Problems;

namespace Judge.Api.Tests.Problems;

/// <summary>
/// The golden corpus: every reference solution shipped with every problem is judged end to end and must get
/// the verdict its problem declares. This is what proves the tests tell right from wrong and fast from slow.
/// </summary>
public sealed class GoldenCorpusTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    public static TheoryData<string, string, string> References()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var problem in new ProblemCatalog(ProblemFolders.Root).All)
        {
            foreach (var reference in problem.References)
            {
                data.Add(problem.Id, reference.File, reference.ExpectedVerdict.ToString());
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(References))]
    public async Task ReferenceSolution_GetsItsDeclaredVerdict(string problemId, string file, string expectedVerdict)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(ProblemFolders.Root, problemId, file));

        var result = await api.JudgeAsync(problemId, source);

        result.ShouldBe(expectedVerdict);
        if (expectedVerdict == "Accepted")
        {
            Assert.Equal(100, result.Score);
        }
    }
}
