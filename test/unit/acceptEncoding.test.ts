import { describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../server/http/staticFiles.ts';

const accepted = (header: string) => [...acceptedEncodings(header)].sort();

describe('Accept-Encoding negotiation for the precompressed client', () => {
  it('reads the names a browser sends, with or without qualities', () => {
    expect(accepted('gzip, deflate, br, zstd')).toEqual(['br', 'deflate', 'gzip', 'zstd']);
    expect(accepted('br;q=1.0, gzip;q=0.8, *;q=0.1')).toEqual(['br', 'gzip']);
    expect(accepted('GZIP')).toEqual(['gzip']);
  });

  it('drops names with q=0, also when a wildcard would otherwise allow them', () => {
    expect(accepted('br;q=0, gzip')).toEqual(['gzip']);
    expect(accepted('br;q=0, *')).toEqual(['gzip']);
    expect(accepted('*;q=0, gzip')).toEqual(['gzip']);
  });

  it('accepts nothing from an empty or identity-only header', () => {
    expect(accepted('')).toEqual([]);
    expect(accepted('identity')).toEqual(['identity']);
  });
});
