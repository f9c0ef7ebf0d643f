/// The web edition's own storage: one IndexedDB database with a store each for the
/// recent files, the recovery journal and the settings. IndexedDB, not localStorage,
/// because it holds File System Access handles and drafts of several hundred kilobytes.

const name = 'penholder'
const version = 1
export type StoreName = 'recent' | 'drafts' | 'settings'

let opening: Promise<IDBDatabase> | null = null

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, version)
    req.onupgradeneeded = () => {
      const db = req.result
      db.createObjectStore('recent', { keyPath: 'id' })
      db.createObjectStore('drafts', { keyPath: 'draftId' })
      db.createObjectStore('settings')
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => { opening = null; reject(req.error) }
    req.onblocked = () => { opening = null; reject(new Error('the browser storage is in use by an older Penholder tab; close it and reload')) }
  })
  return opening
}

async function store(storeName: StoreName, mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await open()).transaction(storeName, mode).objectStore(storeName)
}

export async function getAll<T>(storeName: StoreName): Promise<T[]> {
  return request((await store(storeName, 'readonly')).getAll()) as Promise<T[]>
}

export async function getOne<T>(storeName: StoreName, key: string): Promise<T | undefined> {
  return request((await store(storeName, 'readonly')).get(key)) as Promise<T | undefined>
}

/// Put a record and wait until the transaction is durable, so a reload right after finds it.
export async function putOne(storeName: StoreName, value: unknown, key?: string): Promise<void> {
  const objectStore = await store(storeName, 'readwrite')
  const done = new Promise<void>((resolve, reject) => {
    objectStore.transaction.oncomplete = () => resolve()
    objectStore.transaction.onerror = () => reject(objectStore.transaction.error)
    objectStore.transaction.onabort = () => reject(objectStore.transaction.error ?? new Error('aborted'))
  })
  objectStore.put(value, key)
  return done
}

export async function deleteOne(storeName: StoreName, key: string): Promise<void> {
  await request((await store(storeName, 'readwrite')).delete(key))
}
