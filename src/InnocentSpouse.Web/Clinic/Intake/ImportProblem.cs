namespace InnocentSpouse.Web.Clinic.Intake;

/// <summary>Why a pasted share link or typed resume code gives no answers to import.</summary>
public enum ImportProblem
{
    /// <summary>The answers opened.</summary>
    None,

    /// <summary>Nothing was typed.</summary>
    Missing,

    /// <summary>Neither a share link (or its token) nor a resume code.</summary>
    WrongFormat,

    /// <summary>A share link no link matches.</summary>
    LinkNotFound,

    /// <summary>A share link whose days are over.</summary>
    LinkExpired,

    /// <summary>A share link the taxpayer stopped.</summary>
    LinkRevoked,

    /// <summary>A resume code no saved answers match.</summary>
    CodeNotFound,

    /// <summary>A resume code whose saved answers have expired.</summary>
    CodeExpired,

    /// <summary>A share link that works, but the answers behind it were deleted or expired.</summary>
    AnswersGone,
}
