using Briefing.Preview;

namespace Briefing.Tests.Preview;

public sealed class RequestTargetTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/briefing/")]
    [InlineData("/briefing/summaries/background/")]
    [InlineData("/briefing/assets/site.css?v=3")]
    [InlineData("/briefing/a%20b.html")]
    [InlineData("/briefing/..hidden-but-not-a-dot-segment")]
    [InlineData("http://127.0.0.1:5080/briefing/glossary/")]
    public void Accepts_ordinary_paths(string target) => Assert.True(RequestTarget.IsSafe(target));

    [Theory]
    [InlineData("/briefing/../secret")]
    [InlineData("/briefing/..")]
    [InlineData("/briefing/./index.html")]
    [InlineData("/briefing/%2e%2e/secret")]
    [InlineData("/briefing/%2E%2e/secret")]
    [InlineData("/briefing/.%2e/secret")]
    [InlineData("/briefing/..%2fsecret")]
    [InlineData("/briefing/..\\secret")]
    [InlineData("/briefing/%5c..%5csecret")]
    [InlineData("/briefing//etc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/briefing/C:/Windows/win.ini")]
    [InlineData("/briefing/%00.html")]
    [InlineData("*")]
    [InlineData("http://127.0.0.1:5080/briefing/%2e%2e/secret")]
    public void Refuses_dot_segments_backslashes_and_absolute_paths(string target) => Assert.False(RequestTarget.IsSafe(target));
}
