import type { Identity } from '../auth/tokens.ts';
import { canComment } from '../../shared/roles.ts';
import { DomainError } from './errors.ts';

/** The actor's identity is for this consortium (their membership there is current: see AccessService). */
export function requireMember(actor: Identity, consortiumId: string): void {
  if (actor.consortiumId !== consortiumId) throw new DomainError('forbidden', 'You are not a member of this consortium.');
}

export function requireCoordinator(actor: Identity, consortiumId: string): void {
  requireMember(actor, consortiumId);
  if (actor.role !== 'coordinator') throw new DomainError('forbidden', 'Only the coordinator can do this.');
}

export function requireCommenter(actor: Identity): void {
  if (!canComment(actor.role)) throw new DomainError('forbidden', 'Viewers can read comments but not write them.');
}
