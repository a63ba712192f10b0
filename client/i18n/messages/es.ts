import type { Translation } from './en.ts';

export const es: Translation = {
  'app.opening': 'Abriendo Jointly…',
  'app.noConsortium.title': 'Este consorcio no existe',
  'app.noConsortium.body': 'Esta dirección no lleva a ningún consorcio. Revise el enlace o vuelva a abrir su enlace de invitación.',
  'app.badInvite.title': 'Este enlace de invitación ya no es válido',
  'app.badInvite.body': 'Parece que falta una parte del enlace o que se ha modificado. Pida uno nuevo a su coordinador.',
  'app.notFound.title': 'Página no encontrada',
  'app.notFound.body': 'Revise el enlace o vuelva a abrir su enlace de invitación.',
  'a11y.skipToText': 'Ir al texto',
  'a11y.skipToContent': 'Ir al contenido',
  'a11y.editorLabel': 'Texto del dosier',
  'a11y.joined': '{name} ({partner}) se ha unido al dosier',
  'a11y.left': '{name} ({partner}) ha salido del dosier',
  'a11y.commentHighlight': 'Comentario de {author}: {text}',
  'a11y.commentButton': 'Comentar el texto seleccionado (Ctrl+Alt+M)',
  'a11y.signoff.signed': 'aprobado',
  'a11y.signoff.stale': 'aprobado, pero el texto ha cambiado desde entonces',
  'a11y.signoff.pending': 'aún sin aprobar',
};
