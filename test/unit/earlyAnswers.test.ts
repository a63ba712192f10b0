import { describe, expect, it, vi } from 'vitest';
import { askEarly, takeEarly } from '../../client/earlyAnswers.ts';

describe('answers asked for with the page code, taken once by the page', () => {
  it('gives the page the answer already on its way, once; later questions go to the server again', async () => {
    const ask = vi.fn(() => Promise.resolve('first'));
    askEarly('me:a', ask);
    askEarly('me:a', ask); // a second early question for the same thing is not sent
    expect(ask).toHaveBeenCalledTimes(1);
    const fresh = vi.fn(() => Promise.resolve('fresh'));
    await expect(takeEarly('me:a', fresh)).resolves.toBe('first');
    expect(fresh).not.toHaveBeenCalled();
    await expect(takeEarly('me:a', fresh)).resolves.toBe('fresh');
    expect(fresh).toHaveBeenCalledTimes(1);
  });

  it('asks when nothing was asked early', async () => {
    await expect(takeEarly('never-asked', () => Promise.resolve(7))).resolves.toBe(7);
  });

  it('hands a failed early answer to the page as that failure, and none is left unhandled before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      askEarly('me:b', () => Promise.reject(new Error('signed out')));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(takeEarly('me:b', () => Promise.resolve('unused'))).rejects.toThrow('signed out');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
