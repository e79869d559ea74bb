namespace InnocentSpouse.Data.Tests;

public class ResumeCodeTests
{
    [Fact]
    public void Generate_Always_HasAtLeast100BitsInGroupsOfFive()
    {
        var code = ResumeCode.Generate();

        Assert.True(ResumeCode.EntropyBits >= 100);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$", code.Display);
    }

    [Theory]
    [InlineData("Lower case with spaces", " 7kq2m 4xj9p abcde fghjk mnpqr ")]
    [InlineData("No separators", "7KQ2M4XJ9PABCDEFGHJKMNPQR")]
    [InlineData("Dashes as shown", "7KQ2M-4XJ9P-ABCDE-FGHJK-MNPQR")]
    public void TryParse_TypedLikeAPerson_ReadsTheSameCode(string name, string text)
    {
        Assert.True(ResumeCode.TryParse(text, out var code), name);
        Assert.Equal("7KQ2M-4XJ9P-ABCDE-FGHJK-MNPQR", code.Display);
    }

    [Fact]
    public void TryParse_ConfusableLetters_ReadAsDigits()
    {
        Assert.True(ResumeCode.TryParse("oKQ2M-4XJ9P-ABCDE-FGHJK-MNPQi", out var code));

        Assert.Equal("0KQ2M4XJ9PABCDEFGHJKMNPQ1", code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7KQ2M-4XJ9P-ABCDE-FGHJK-MNPQ")]
    [InlineData("7KQ2M-4XJ9P-ABCDE-FGHJK-MNPQRS")]
    [InlineData("7KQ2M-4XJ9P-ABCDE-FGHJK-MNPQU")]
    [InlineData("7KQ2M-4XJ9P-ABCDE-FGHJK-MNPQ!")]
    public void TryParse_WrongLengthOrLetters_Fails(string? text)
    {
        Assert.False(ResumeCode.TryParse(text, out _));
    }

    [Fact]
    public void Crypto_WrongCode_CannotDecrypt()
    {
        var code = ResumeCode.Generate();
        var payload = SessionCrypto.Encrypt(code, "session-1", "{\"answer\":\"yes\"}");

        Assert.Equal("{\"answer\":\"yes\"}", SessionCrypto.Decrypt(code, "session-1", payload));
        Assert.Null(SessionCrypto.Decrypt(ResumeCode.Generate(), "session-1", payload));
        Assert.Null(SessionCrypto.Decrypt(code, "session-2", payload));
        Assert.NotEqual(payload, SessionCrypto.Encrypt(code, "session-1", "{\"answer\":\"yes\"}"));
    }
}
