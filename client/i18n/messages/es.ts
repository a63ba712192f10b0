import type { Translation } from './en.ts';

export const es: Translation = {
  'app.opening': 'Abriendo Jointly…',
  'app.noConsortium.title': 'Este consorcio no existe',
  'app.noConsortium.body': 'Esta dirección no lleva a ningún consorcio. Revise el enlace o vuelva a abrir su enlace de invitación.',
  'app.badInvite.title': 'Este enlace de invitación ya no es válido',
  'app.badInvite.body': 'Parece que falta una parte del enlace o que se ha modificado. Pida uno nuevo a su coordinador.',
  'app.notFound.title': 'Página no encontrada',
  'app.notFound.body': 'Revise el enlace o vuelva a abrir su enlace de invitación.',
  'documentLanguage.label': 'Idioma de las exportaciones',
  'documentLanguage.hint':
    'Las exportaciones usan este idioma para sus textos fijos: índice, números de página, tablas de visto bueno y bloques de firma. Su propio texto nunca se traduce.',
  'documentLanguage.saved': 'Las exportaciones usarán ahora este idioma: {language}.',
  'documentLanguage.only': 'Las exportaciones usan este idioma para sus textos fijos: {language}. Solo los coordinadores pueden cambiarlo.',
};
