/**
 * Checks that also give the value back, typed, so that a test can go on to
 * read it: the error a call throws (or a promise rejects with), a value that
 * must be there, a member of a union with a given kind.
 */
import { expect } from '@jest/globals';

type ErrorClass<T extends Error> = abstract new (...args: never[]) => T;

export function thrownBy<T extends Error>(run: () => unknown, type: ErrorClass<T>): T {
  let caught: unknown;
  try {
    run();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(type);
  return caught as T;
}

export async function rejectionOf<T extends Error>(
  promise: Promise<unknown>,
  type: ErrorClass<T>,
): Promise<T> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(type);
  return caught as T;
}

/** `value`, checked to be neither undefined nor null. */
export function defined<T>(value: T | undefined | null): T {
  expect(value).toBeDefined();
  expect(value).not.toBeNull();
  return value as T;
}

/** The members of union `T` whose `kind` may be `K`. */
type OfKind<T extends { kind: string }, K extends string> = T extends unknown
  ? K extends T['kind']
    ? T
    : never
  : never;

/** `value`, checked to have this `kind`, typed as the members of its union that do. */
export function ofKind<T extends { kind: string }, K extends T['kind']>(
  value: T,
  kind: K,
): OfKind<T, K> {
  expect(value.kind).toBe(kind);
  return value as OfKind<T, K>;
}
