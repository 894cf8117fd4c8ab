/** Hands bytes to the browser as a downloaded .xlsx file (the page's only way to save). */
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function offerDownload(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE })
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by then; the URL would otherwise hold the bytes until the tab closes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
