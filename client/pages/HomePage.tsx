import { useEffect, useState } from 'react';
import { fetchMe } from '../api.ts';
import { Notice } from '../components/Notice.tsx';

/** Signed in: straight to the consortium. Signed out: how to get in. */
export function HomePage() {
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    fetchMe().then(
      (identity) => location.replace(`/c/${identity.consortiumId}`),
      () => setSignedOut(true),
    );
  }, []);
  if (!signedOut) return <Notice title="Opening Jointly…" />;
  return (
    <Notice
      title="Design your joint micro-credential programme together"
      body="Jointly is where partner institutions write their programme dossier chapter by chapter, live. Open the invitation link your programme coordinator sent you to sign in."
    />
  );
}
