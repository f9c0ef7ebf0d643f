import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { RecoveryEntry } from '../../../shared/host'

/// The web edition's own storage: one IndexedDB database with a store each for the
/// recent files, the recovery journal and the settings. IndexedDB, not localStorage,
/// because it holds File System Access handles and drafts of several hundred kilobytes.
/// Through `idb`, the maintained promise wrapper, rather than request callbacks by hand.

const name = 'penholder'
const version = 1
export type StoreName = 'recent' | 'drafts' | 'settings'

interface PenholderStorage extends DBSchema {
  recent: { key: string, value: { id: string } }
  drafts: { key: string, value: RecoveryEntry }
  settings: { key: string, value: unknown }
}

let opening: Promise<IDBPDatabase<PenholderStorage>> | null = null

function open(): Promise<IDBPDatabase<PenholderStorage>> {
  opening ??= new Promise<IDBPDatabase<PenholderStorage>>((resolve, reject) => {
    openDB<PenholderStorage>(name, version, {
      upgrade(db) {
        db.createObjectStore('recent', { keyPath: 'id' })
        db.createObjectStore('drafts', { keyPath: 'draftId' })
        db.createObjectStore('settings')
      },
      blocked: () => reject(new Error('the browser storage is in use by an older Penholder tab; close it and reload'))
    }).then(resolve, reject)
  }).catch(e => {
    opening = null
    throw e
  })
  return opening
}

export async function getAll<T>(storeName: StoreName): Promise<T[]> {
  return (await open()).getAll(storeName) as Promise<T[]>
}

export async function getOne<T>(storeName: StoreName, key: string): Promise<T | undefined> {
  return (await open()).get(storeName, key) as Promise<T | undefined>
}

/// Put a record and wait until the transaction is durable, so a reload right after finds it.
export async function putOne(storeName: StoreName, value: unknown, key?: string): Promise<void> {
  const transaction = (await open()).transaction(storeName, 'readwrite')
  await Promise.all([transaction.store.put(value as never, key), transaction.done])
}

export async function deleteOne(storeName: StoreName, key: string): Promise<void> {
  await (await open()).delete(storeName, key)
}
