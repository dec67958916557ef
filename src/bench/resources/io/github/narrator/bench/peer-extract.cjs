// The do-it-yourself peer's extractor: prints the readable text of one article page, the way
// Mozilla's Readability README shows it (jsdom parses, Readability finds the article).
const fs = require('fs');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const file = process.argv[2];
const dom = new JSDOM(fs.readFileSync(file, 'utf8'), { url: 'https://peer.invalid/' });
const article = new Readability(dom.window.document).parse();
if (!article) {
  console.error(`no article found in ${file}`);
  process.exit(1);
}
process.stdout.write(`${article.title}.\n\n${article.textContent.trim()}\n`);
