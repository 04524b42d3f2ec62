import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

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
};

export default preview;
