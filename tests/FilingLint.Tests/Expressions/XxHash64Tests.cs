using System.Text;
using FilingLint.Expressions;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Expressions;

public class XxHash64Tests
{
    // Reference values of the xxHash library (its README and the python-xxhash README), covering the empty
    // input, the tail paths (1, 3 and 6 bytes) and a 39-byte input that runs one 32-byte stripe, then 4 + 3 bytes.
    [Theory]
    [InlineData("", 0UL, 0xEF46DB3751D8E999UL)]
    [InlineData("a", 0UL, 0xD24EC4F1A98C6E5BUL)]
    [InlineData("abc", 0UL, 0x44BC2CF5AD770999UL)]
    [InlineData("xxhash", 0UL, 0x32DD38952C4BC720UL)]
    [InlineData("xxhash", 20141025UL, 0xB559B98D844E0635UL)]
    [InlineData("Nobody inspects the spammish repetition", 0UL, 0xFBCEA83C8A378BF1UL)]
    public void Matches_the_reference_implementation(string input, ulong seed, ulong expected) =>
        XxHash64.Hash(Encoding.ASCII.GetBytes(input), seed).ShouldBe(expected);
}
