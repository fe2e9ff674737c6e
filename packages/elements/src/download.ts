/**
 * Saving a file the person downloads: the only way the practice audit's records or a council's
 * config leave the page (nothing is sent anywhere).
 */

/** Hands `blob` to the browser to save as `name`. */
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
