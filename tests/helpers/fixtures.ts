import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

// Tests run from the project root (npm scripts), so fixtures are found from there.
export const FIXTURES = join(process.cwd(), 'tests', 'fixtures');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A fresh document for a fixture, without running its scripts or loading its resources. */
export function fixtureDocument(name: string, url = 'https://digitalarchive.wilsoncenter.org/'): Document {
  return htmlDocument(fixtureHtml(name), url);
}

export function htmlDocument(html: string, url = 'https://digitalarchive.wilsoncenter.org/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true, disableMainFrameNavigation: true },
    },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}
