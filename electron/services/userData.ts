/// The name of the folder, inside the system's application-data folder, that holds the
/// app's settings, recent list, window state and recovery journal. A development run
/// (`npm start`: Electron's `app.isPackaged` is false) keeps its own: Electron takes the
/// single-instance lock in this folder (`app.requestSingleInstanceLock`, Chromium's
/// `ProcessSingleton` on the user-data directory), so with one folder `npm start` quit
/// at once, silently, whenever the installed app was running — and shared its journal.
export function userDataFolderName(packaged: boolean): string {
  return packaged ? 'Penholder' : 'Penholder Development'
}
