<?xml version="1.0" encoding="utf-8"?>
<!-- The pseudo-locale (docs/localisation.md, "Pseudo-locale"): every text of a .resx file, wrapped in ⟦ ⟧ with its
     vowels accented, so a page rendered in it shows at a glance, and to a test, any text that did not come from a
     lookup. Markup texts (with "<") keep their letters, so their tags and attributes still work. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="utf-8" indent="yes" />
  <xsl:template match="@* | node()">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()" />
    </xsl:copy>
  </xsl:template>
  <xsl:template match="data/comment" />
  <xsl:template match="data/value">
    <value>
      <xsl:text>⟦</xsl:text>
      <xsl:choose>
        <xsl:when test="contains(., '&lt;')">
          <xsl:value-of select="." />
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="translate(., 'aeiouAEIOU', 'àéîõüÀÉÎÕÜ')" />
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text>⟧</xsl:text>
    </value>
  </xsl:template>
</xsl:stylesheet>
