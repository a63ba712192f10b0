import { z } from 'zod';

/**
 * What a person reads when a value is refused. zod's own messages are written for developers
 * ("Too small: expected number to be >=1"); these say what to do. A schema's own message (e.g.
 * "Two-letter country code, e.g. NL") still wins over these.
 */
function humanMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'Please fill this in.' : `Please write at least ${min} characters.`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return `Please enter a number of ${issue.inclusive === false ? `more than ${min}` : `${min} or more`}.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return min <= 1 ? 'Please choose at least one.' : `Please choose at least ${min}.`;
      return 'This is too short or too small.';
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `Please keep this to ${max} characters or fewer.`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return `Please enter a number of ${issue.inclusive === false ? `less than ${max}` : `${max} or less`}.`;
      return `Please choose no more than ${max}.`;
    }
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Please fill this in.';
      if (issue.expected === 'int') return 'Please enter a whole number.';
      if (issue.expected === 'number') return 'Please enter a number.';
      return 'This value is not understood. Please check it.';
    case 'invalid_format':
      if (issue.format === 'email') return 'Please enter an e-mail address, like name@university.eu.';
      if (issue.format === 'regex') return 'Please use only lowercase letters, digits and dashes.';
      return 'This is not in the expected form. Please check it.';
    case 'invalid_value':
      return 'Please choose one of the options offered.';
    case 'not_multiple_of':
      return `Please enter a multiple of ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return 'This form sent something Jointly does not know. Please reload the page and try again.';
    default:
      return 'This value is not accepted. Please check it.';
  }
}

// Our pages forbid eval (Content-Security-Policy); zod would otherwise probe for it and log a violation.
z.config({ jitless: true, customError: humanMessage });

export { z };
