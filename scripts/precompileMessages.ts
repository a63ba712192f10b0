import { build } from 'esbuild';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/** `client/i18n/messages/<name>.ts`, whose export `<name>` is a catalogue. */
const CATALOGUE = /[\\/]client[\\/]i18n[\\/]messages[\\/]([a-z]{2})\.ts$/;

/** Every message of a catalogue as the ICU syntax tree react-intl would otherwise parse in the browser. */
export function compileCatalogue(messages: Record<string, string>, locale: string): Record<string, MessageFormatElement[]> {
  const intlLocale = new Intl.Locale(locale);
  return Object.fromEntries(
    Object.entries(messages).map(([id, text]) => {
      try {
        return [id, parse(text, { locale: intlLocale })];
      } catch (error) {
        throw new Error(`message ${id} (${locale}) is not valid ICU: ${(error as Error).message}`, { cause: error });
      }
    }),
  );
}

/** The catalogue exported by the module at `file`, evaluated as it is (it may import shared text). */
export async function loadCatalogue(file: string, name: string): Promise<Record<string, string>> {
  const out = await build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const code = out.outputFiles[0]!.text;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
  const table = module[name];
  if (!table || typeof table !== 'object') throw new Error(`${file} does not export the catalogue \`${name}\``);
  return table as Record<string, string>;
}

/**
 * Build only: the catalogues ship as syntax trees, parsed here once rather than in every browser, so
 * the ICU parser (and its number-skeleton parser) can stay out of the bundle: formatjs's own
 * `no-parser` entry replaces it. Tests and `npm run dev` keep the plain strings and the parser.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'jointly-precompile-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }],
      },
    }),
    async load(id) {
      const match = CATALOGUE.exec(id.split('?')[0]!);
      if (!match) return null;
      const name = match[1]!;
      const compiled = compileCatalogue(await loadCatalogue(id, name), name);
      return `export const ${name} = ${JSON.stringify(compiled)};\n`;
    },
  };
}
