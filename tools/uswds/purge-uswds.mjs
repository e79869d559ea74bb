// Purges the USWDS stylesheet down to the rules the web app can use (issue 11, "Ship only the USWDS CSS the
// pages use"). Called by refresh-uswds.sh; prints the url() references the purged CSS still makes, one a line.
//
// Content scanned: every .razor, .cs and .js file of src/InnocentSpouse.Web (markup, C# that builds class
// strings, our own scripts). PurgeCSS keeps a rule when every class, id and element in its selector appears as
// a word in that content.
//
// Also removed: every @font-face. app.css sets the device's own fonts on every element with !important, so no
// USWDS web font is ever used; dropping the faces means no font file needs shipping.
//
// Usage: node purge-uswds.mjs <uswds.min.css> <web project folder> <output .css>
import { readFileSync, writeFileSync } from 'node:fs';
import { PurgeCSS } from 'purgecss';
import postcss from 'postcss';

const [input, web, output] = process.argv.slice(2);
if (!input || !web || !output) {
  console.error('usage: node purge-uswds.mjs <uswds.min.css> <web project folder> <output .css>');
  process.exit(2);
}

// Classes the pages build at run time from parts, so no file holds the whole word. Keep this list in step with
// the components; tests/InnocentSpouse.Web.Tests/Site/UswdsStylesheetTests.cs fails when a class is missing.
const safelist = [
  // Components/Ui/Button.razor: $"usa-button--{Variant}", with Variant="outline" on the pages.
  'usa-button--outline',
  // Components/Ui/DateInput.razor: "usa-form-group--@css" for the day, month and year boxes.
  'usa-form-group--day',
  'usa-form-group--month',
  'usa-form-group--year',
];

const [result] = await new PurgeCSS().purge({
  content: [`${web}/**/*.razor`, `${web}/**/*.cs`, `${web}/wwwroot/js/**/*.js`],
  skippedContentGlobs: [`${web}/bin/**`, `${web}/obj/**`, `${web}/wwwroot/lib/**`],
  css: [input],
  safelist: { standard: safelist },
  fontFace: true,
  keyframes: true,
  variables: true,
});

const root = postcss.parse(result.css);
root.walkAtRules('font-face', rule => rule.remove());
// Rules and media queries left empty by the purge.
root.walkAtRules(rule => {
  if (rule.nodes && rule.nodes.length === 0) rule.remove();
});
const css = root.toString().replace(/\n+/g, '\n').trim() + '\n';
writeFileSync(output, css);

const refs = new Set();
for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
  refs.add(match[1]);
}
for (const ref of [...refs].sort()) {
  console.log(ref);
}
