/**
 * The dossier's address and where its state is fetched from, for the first script and for the
 * inline script the build writes into index.html (scripts/dossierHead.ts), which must agree.
 */
export const DOSSIER_ADDRESS = /^\/c\/([^/]+)\/dossier\/?$/;

export const dossierStateUrl = (consortiumId: string) => `/api/consortia/${consortiumId}/documents/dossier/state`;

declare global {
  interface Window {
    /** Set by index.html's inline script on a dossier's address: the state, asked while the HTML was read. */
    __jointlyDossierState?: Promise<ArrayBuffer | undefined>;
  }
}
