/**
 * PDF export: renders pdfDefinition(model) with pdfmake in Node. pdfmake embeds only the bundled
 * Roboto fonts (they cover Latin Extended, Greek and Cyrillic; the standard PDF fonts would garble
 * "Łódź"), may fetch no URL and may open no local file except those four font files, so no
 * document definition, whatever it contains, can make an export read from the network or the disk.
 */
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TFontDictionary } from 'pdfmake/interfaces';
import type { ExportModel } from '../../shared/export/model.ts';
import { pdfDefinition } from './pdfDefinition.ts';

type PdfMake = typeof pdfmake;

let instance: PdfMake | null = null;

/** The one pdfmake set-up of this process, made on first use. */
export function pdfMake(): PdfMake {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  const bundled = (require('pdfmake/fonts/Roboto.js') as TFontDictionary).Roboto;
  if (!bundled?.normal || !bundled.bold || !bundled.italics || !bundled.bolditalics)
    throw new Error('pdfmake: bundled Roboto fonts not found');
  const roboto = { normal: bundled.normal, bold: bundled.bold, italics: bundled.italics, bolditalics: bundled.bolditalics };
  const allowed = new Set(Object.values(roboto).map(String));
  pdfmake.setFonts({ Roboto: roboto });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  instance = pdfmake;
  return instance;
}

export async function renderPdf(model: ExportModel): Promise<Uint8Array> {
  const buffer = await pdfMake().createPdf(pdfDefinition(model)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
