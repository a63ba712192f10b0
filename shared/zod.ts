import { z } from 'zod';

// Our pages forbid eval (Content-Security-Policy); zod would otherwise probe for it and log a violation.
z.config({ jitless: true });

export { z };
