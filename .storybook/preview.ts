import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Language } from '../src/i18n/languages.js';

/** The toolbar's languages, each in its own name; a language the widgets gain must be added here. */
const LANGUAGE_NAMES: Record<Language, string> = {
  de: 'Deutsch',
  'de-x-ls': 'Leichte Sprache',
  ar: 'العربية',
  fa: 'فارسی',
  uk: 'Українська',
  ru: 'Русский',
  tr: 'Türkçe',
  vi: 'Tiếng Việt',
  en: 'English',
};

/** Languages written right to left: the story's wrapper gets `dir="rtl"` as a page would set it. */
const RIGHT_TO_LEFT = new Set<string>(['ar', 'fa']);

interface ManifestMember {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}

interface ManifestDeclaration {
  members?: ManifestMember[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: { declarations?: ManifestDeclaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/**
 * The public API only, one row each: Storybook lists every member of the manifest, private
 * ones included, and a property that has an attribute would appear twice (`syncUrl` and
 * `sync-url`). Stories use the attribute names, as a page's HTML does.
 */
function publicApi(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) =>
            member.kind === 'field' &&
            !member.static &&
            member.privacy !== 'private' &&
            member.privacy !== 'protected' &&
            !member.attribute,
        ),
      })),
    })),
  };
}

// A glob, not an import: before `npm run analyze` has run the file is missing, and a plain
// import would break the dev server and type checking. `storybook build` refuses to run
// without it (see main.ts).
const [manifest] = Object.values(
  import.meta.glob<Manifest>('../dist/custom-elements.json', { eager: true, import: 'default' }),
);
if (manifest) setCustomElementsManifest(publicApi(manifest));
else console.warn('dist/custom-elements.json is missing: run `npm run analyze` for Controls.');

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
  globalTypes: {
    lang: {
      name: 'Sprache',
      description: 'Sprache und Schreibrichtung aller Stories',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: Object.entries(LANGUAGE_NAMES).map(([value, title]) => ({
          value,
          title,
          right: value,
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'de' },
  decorators: [
    // Every story inside an element with the chosen `lang` (and `dir`), as a page embeds the
    // widgets: they take the nearest ancestor's language, and the canvas reads right to left.
    (story, { globals }) => {
      const chosen = String(globals.lang);
      const lang = Object.hasOwn(LANGUAGE_NAMES, chosen) ? chosen : 'de';
      return html`<div lang=${lang} dir=${RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr'}>
        ${story()}
      </div>`;
    },
  ],
};

export default preview;
