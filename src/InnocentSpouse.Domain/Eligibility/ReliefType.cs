namespace InnocentSpouse.Domain.Eligibility;

/// <summary>The kinds of relief screened for every tax year (style.md decision 2: evaluate every relief).</summary>
public enum ReliefType
{
    /// <summary>Injured spouse allocation, Form 8379: a joint refund kept for the other spouse's separate debt.</summary>
    InjuredSpouse,

    /// <summary>Innocent spouse relief, IRC §6015(b) (Pub. 971 Figure A).</summary>
    InnocentSpouse,

    /// <summary>Separation of liability, IRC §6015(c) (Pub. 971 Figure B).</summary>
    SeparationOfLiability,

    /// <summary>Equitable relief, IRC §6015(f) and Rev. Proc. 2013-34 (Pub. 971 Figure C).</summary>
    EquitableRelief,

    /// <summary>Relief from community-property law for separate filers, IRC §66(c), traditional and equitable.</summary>
    CommunityProperty,
}
