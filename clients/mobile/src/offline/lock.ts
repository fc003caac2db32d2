// Mutual exclusion by name: within this JavaScript context always, and across browser tabs where
// the Web Locks API exists (the web build), so two tabs never refresh the same token or send the
// same queued item at once.

type LockManagerLike = { request<T>(name: string, cb: () => Promise<T>): Promise<T> }

const tails = new Map<string, Promise<unknown>>()

/** Runs `fn` after every earlier holder of `name` in this context has finished. */
export function localLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const prev = tails.get(name) ?? Promise.resolve()
  const run = prev.then(fn, fn)
  const tail = run.catch(() => undefined)
  tails.set(name, tail)
  void tail.then(() => {
    if (tails.get(name) === tail) tails.delete(name)
  })
  return run
}

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined
}

/** The lock for this platform: Web Locks where available, else the in-context lock. */
export function platformLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = webLocks()
  return locks ? locks.request(name, fn) : localLock(name, fn)
}
