using Judge.Api.Tests.Infrastructure;
using Judge.Core.Verdicts;
using Judge.Engine.Problems;

namespace Judge.Api.Tests.Problems;

/// <summary>The bank as a whole: every problem loads and generates its tests, and its statement shows its samples.</summary>
public sealed class ProblemBankTests
{
    private static readonly ProblemCatalog Bank = new(ProblemFolders.Root);

    [Fact]
    public void EveryProblem_LoadsWithEveryGroupNonEmpty()
    {
        Assert.NotEmpty(Bank.All);
        foreach (var problem in Bank.All)
        {
            Assert.All(problem.Groups, g => Assert.True(g.Tests.Count > 0, $"{problem.Id}/{g.Name} has no tests"));
            Assert.All(problem.Groups, g => Assert.True(g.Tests.Select(t => t.Name).Distinct().Count() == g.Tests.Count, $"{problem.Id}/{g.Name} repeats a test name"));
        }
    }

    [Fact]
    public void EveryStatement_ShowsItsSampleTests() =>
        Assert.Empty(Bank.All.SelectMany(ProblemBankChecks.SamplesMissingFromStatement));

    [Fact]
    public void EveryProblem_HasAnAcceptedReferenceAndAtLeastTwoFailingOnes()
    {
        foreach (var problem in Bank.All)
        {
            Assert.Contains(problem.References, r => r.ExpectedVerdict == Verdict.Accepted);
            Assert.True(problem.References.Count(r => r.ExpectedVerdict != Verdict.Accepted) >= 2, problem.Id);
            Assert.Contains(problem.Groups, g => g.IsSample);
        }
    }

    [Fact]
    public void Generators_AreDeterministic()
    {
        foreach (var problem in Bank.All)
        {
            var again = ProblemLoader.Load(Path.Combine(ProblemFolders.Root, problem.Id));
            Assert.Equal(problem.AllTests.Select(t => t.Input.GetHashCode()), again.AllTests.Select(t => t.Input.GetHashCode()));
        }
    }
}
